package eu.skilltalk.dialog;

import eu.skilltalk.dialog.State.Confirmation;
import eu.skilltalk.dialog.State.Confirmation.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The conversation as a pure function: {@code advance(state, input) -> turn}. Same state and input, same
 * turn, so conversations replay from transcripts and any instance can take any message.
 *
 * <p>When a step's own words do not take an answer, the {@link Interpreter} is asked (number words, scale
 * words, yes/no in other words, commands in other words); what it is not sure of, the engine asks the client.
 */
public final class DialogEngine {

    /** After this many answers in a row that a question cannot take, the question is shown again whole. */
    static final int MISSES_BEFORE_REPEAT = 3;
    /** Guards against a dialog that jumps in a circle without asking anything. */
    private static final int MAX_STEPS_PER_TURN = 500;
    /** How many earlier questions {@code back} can return to. */
    static final int HISTORY_LIMIT = 50;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d\\ufe0f]]");

    private final Dialogs dialogs;
    private final Texts texts;
    private final Interpreter interpreter;

    /** An engine that understands only the steps' own words and the exact command words. */
    public DialogEngine(Dialogs dialogs, Texts texts) {
        this(dialogs, texts, Interpreter.NONE);
    }

    public DialogEngine(Dialogs dialogs, Texts texts, Interpreter interpreter) {
        this.dialogs = dialogs;
        this.texts = texts;
        this.interpreter = interpreter;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** Takes one input from the client. */
    public Turn advance(State state, Input input) {
        return new Run(state, input.at()).advance(input);
    }

    /** Starts {@code dialog} now (a coach's prompt), leaving any unfinished question behind. */
    public Turn begin(State state, String dialog, Instant at) {
        Run run = new Run(state, at);
        run.start(dialogs.get(dialog));
        return run.turn();
    }

    /** The current question again, e.g. for a reminder to a client who went quiet. */
    public Turn repeat(State state, Instant at) {
        Run run = new Run(state, at);
        if (!run.recoveredFromChangedContent()) {
            run.again();
        }
        return run.turn();
    }

    /** One turn in the making: a mutable copy of the state plus what the turn produced so far. */
    private final class Run {
        private String language;
        private Status status;
        private final List<Frame> stack;
        private final Map<String, String> variables;
        private final List<State.Position> history;
        private int misses;
        private boolean pickingLanguage;
        private Instant lastInputAt;
        private Confirmation confirming;
        private boolean languageConfirmed;
        private final Instant at;
        private final List<Reply> replies = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        /** The catalog with this session's variables in keys (shadows the engine's on purpose). */
        private final Texts texts;

        Run(State state, Instant at) {
            this.language = DialogEngine.this.texts.readable(state.language());
            this.status = state.status();
            this.stack = state.stackCopy();
            this.variables = new LinkedHashMap<>(state.variables());
            this.texts = new KeyVariables(DialogEngine.this.texts, variables);
            this.history = new ArrayList<>(state.history());
            this.misses = state.misses();
            this.pickingLanguage = state.pickingLanguage();
            this.lastInputAt = state.lastInputAt();
            this.confirming = state.confirming();
            this.languageConfirmed = state.languageConfirmed();
            this.at = at;
        }

        Turn turn() {
            return new Turn(new State(language, status, stack, variables, history, misses, pickingLanguage,
                    lastInputAt, confirming, languageConfirmed), replies, events);
        }

        Turn advance(Input input) {
            lastInputAt = at;
            String text = input.isMedia() ? null : CONTROL.matcher(input.text()).replaceAll("");
            if (status == Status.NEW) {
                if (texts.speaks(input.languageHint())) {
                    language = input.languageHint();
                }
                Optional<String> written = writtenIn(text);
                if (written.isPresent()) {
                    // The first message is in another language than the channel says: ask before anything else.
                    enter(dialogs.get(dialogs.entry()));
                    offerLanguage(written.get());
                } else {
                    start(dialogs.get(dialogs.entry()));
                }
                return turn();
            }
            if (recoveredFromChangedContent()) {
                return turn();
            }
            Command command = text == null ? null : Command.in(text, language, texts).orElse(null);
            if (status == Status.PAUSED || status == Status.STOPPED) {
                status = stack.isEmpty() ? Status.FINISHED : Status.ACTIVE;
                events.add(new Event.Resumed());
                say("engine.welcome_back");
                Command asked = command != null ? command : sureCommand(text).orElse(Command.REPEAT);
                if (asked == Command.REPEAT) {
                    again();
                } else {
                    obey(asked);
                }
                return turn();
            }
            if (command != null) {
                obey(command);
            } else if (confirming != null) {
                answerConfirmation(text);
            } else if (pickingLanguage) {
                pickLanguage(text);
            } else if (status == Status.FINISHED) {
                sureCommand(text).ifPresentOrElse(this::obey, this::proceed);
            } else {
                answer(currentQuestion(), text);
            }
            return turn();
        }

        /**
         * A session saved before the content changed may point at a dialog or step that is gone. Such a
         * frame restarts its dialog (or is dropped with its dialog), the client is told, and the question
         * now current is asked; the input that arrived is not taken as an answer to a question it never saw.
         */
        boolean recoveredFromChangedContent() {
            boolean valid = stack.stream().allMatch(f -> dialogs.has(f.dialog())
                    && (f.step() == null || dialogs.get(f.dialog()).step(f.step()) != null));
            if (valid) {
                return false;
            }
            List<Frame> kept = new ArrayList<>();
            for (Frame frame : stack) {
                if (dialogs.has(frame.dialog())) {
                    Dialog dialog = dialogs.get(frame.dialog());
                    boolean stepKnown = frame.step() == null || dialog.step(frame.step()) != null;
                    kept.add(stepKnown ? frame : new Frame(dialog.id(), dialog.first().id()));
                }
            }
            stack.clear();
            stack.addAll(kept);
            history.clear();
            misses = 0;
            pickingLanguage = false;
            confirming = null;
            if (status == Status.PAUSED || status == Status.STOPPED) {
                status = Status.ACTIVE;
            }
            say("engine.changed");
            proceed();
            return true;
        }

        void start(Dialog dialog) {
            enter(dialog);
            proceed();
        }

        /** Puts {@code dialog} alone on the stack, at its first step, without running anything yet. */
        private void enter(Dialog dialog) {
            status = Status.ACTIVE;
            stack.clear();
            history.clear();
            misses = 0;
            pickingLanguage = false;
            confirming = null;
            stack.add(new Frame(dialog.id(), dialog.first().id()));
            events.add(new Event.DialogStarted(dialog.id()));
        }

        private void answer(Question question, String text) {
            if (text == null) {
                miss(question, new Answer.Rejected("engine.reprompt.media"));
                return;
            }
            Answer answer = question.read(text, texts, language);
            if (answer instanceof Answer.Accepted && question instanceof TextStep textStep
                    && understoodInstead(textStep, text)) {
                return;
            }
            if (answer instanceof Answer.Rejected rejected && !understood(question, text)) {
                miss(question, rejected);
            } else if (answer instanceof Answer.Accepted accepted) {
                take(question, text, accepted.value());
            }
        }

        /**
         * A short message at a text question that clearly is a command ("I want to stop") is obeyed, and "I
         * don't know" skips an optional text; anything else is the client's text.
         */
        private boolean understoodInstead(TextStep question, String text) {
            Optional<Intent> intent = interpreter.intent(text, language).filter(Intent::sure);
            Optional<Command> command = intent.flatMap(i -> i.kind().command());
            if (command.isPresent()) {
                obey(command.get());
                return true;
            }
            if (question.optional() && intent.map(i -> i.kind() == Intent.Kind.DONT_KNOW).orElse(false)) {
                take(question, text, TextStep.SKIPPED);
                return true;
            }
            return false;
        }

        /**
         * The question's own words did not take {@code text}: asks the interpreter. One clear reading is taken as
         * if the client had sent its key; several ("2 or 3") are offered to pick from; a command is obeyed, or
         * confirmed first when the interpreter is not sure. Returns false when nothing was understood.
         */
        private boolean understood(Question question, String text) {
            List<String> keys = Readings.keys(question, text, language, texts, interpreter);
            if (keys.size() == 1 && question.read(keys.get(0), texts, language) instanceof Answer.Accepted accepted) {
                take(question, text, accepted.value());
                return true;
            }
            if (keys.size() > 1) {
                pickOne(question, keys);
                return true;
            }
            Optional<Intent> intent = interpreter.intent(text, language);
            if (intent.isEmpty()) {
                return false;
            }
            Intent.Kind kind = intent.get().kind();
            Optional<Command> command = kind.command();
            if (command.isPresent() && intent.get().sure()) {
                obey(command.get());
            } else if (command.isPresent()) {
                confirming = Confirmation.of(Topic.COMMAND, command.get().name());
                askConfirmation();
            } else if (kind == Intent.Kind.DONT_KNOW) {
                miss(question, new Answer.Rejected("understanding.reprompt.dont_know"));
            } else if (kind == Intent.Kind.GREETING) {
                say("understanding.greeting");
                proceed();
            } else {
                return false;
            }
            return true;
        }

        /** "2 or 3": the client gets just those to pick from. */
        private void pickOne(Question question, List<String> keys) {
            misses++;
            List<Choice> offered = question.choices(texts, language).stream().filter(c -> keys.contains(c.key()))
                    .toList();
            List<Choice> choices = offered.isEmpty() ? keys.stream().map(k -> new Choice(k, k)).toList() : offered;
            replies.add(new Reply(texts.render(language, "understanding.reprompt.which"), choices, null));
        }

        private void take(Question question, String text, String value) {
            misses = 0;
            remember();
            Frame frame = stack.get(stack.size() - 1);
            Dialog dialog = dialogs.get(frame.dialog());
            String target = dialog.after(question);
            if (question instanceof ConsentStep consent) {
                if (YesNo.YES.equals(value)) {
                    events.add(new Event.ConsentGiven(consent.version(), at));
                } else {
                    events.add(new Event.ConsentDeclined(at));
                    target = consent.declined();
                }
            } else if (question instanceof LanguageStep) {
                language = value;
                events.add(new Event.LanguageChosen(value));
            } else {
                if (question.save() != null) {
                    variables.put(question.save(), value);
                }
                events.add(new Event.AnswerRecorded(frame.dialog(), question.id(), question.text(), language, text,
                        value, question.competence(), at));
                if (question instanceof TextStep && !value.equals(TextStep.SKIPPED)) {
                    goTo(target);
                    reflect(frame.dialog(), question, value);
                    return;
                }
            }
            goTo(target);
            proceed();
        }

        /**
         * After a story: hints at the competences it shows, then one question of the engine's own if there is
         * one worth asking (is this another language? does it show a competence the question was not about?),
         * else the next question.
         */
        private void reflect(String dialog, Question question, String story) {
            Optional<String> written = writtenIn(story);
            List<EvidenceHint> hints = interpreter.evidence(story, written.orElse(language));
            if (!hints.isEmpty()) {
                events.add(new Event.EvidenceHinted(dialog, question.id(), hints, at));
            }
            Optional<EvidenceHint> worthAsking = hints.stream()
                    .filter(h -> h.ask() && !h.competence().equals(question.competence())).findFirst();
            if (written.isPresent() && !languageConfirmed) {
                offerLanguage(written.get());
            } else if (worthAsking.isPresent()) {
                confirming = new Confirmation(Topic.EVIDENCE, worthAsking.get().competence(), dialog, question.id(), at);
                askConfirmation();
            } else {
                proceed();
            }
        }

        /** The other shipped language {@code text} is clearly written in, if any. */
        private Optional<String> writtenIn(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return interpreter.otherLanguage(text, language).filter(l -> texts.speaks(l) && !l.equals(language));
        }

        private void offerLanguage(String offered) {
            confirming = Confirmation.of(Topic.LANGUAGE, offered);
            askConfirmation();
        }

        /** Asks the question in {@link #confirming} (again). */
        private void askConfirmation() {
            replies.add(Confirmations.ask(confirming, language, texts));
        }

        /**
         * The answer to the engine's own question. An answer that is not one (a photo, another story) lets the
         * question go: the conversation goes on without it, or, for "Did you mean ...?", the text is taken as an
         * answer to the question the client has in front of them.
         */
        private void answerConfirmation(String text) {
            Confirmation asked = confirming;
            confirming = null;
            Optional<Boolean> yes = text == null ? Optional.empty() : yesOrNo(text);
            switch (asked.topic()) {
                case LANGUAGE -> {
                    Optional<String> chosen = text == null ? Optional.empty()
                            : Confirmations.chosenLanguage(text, asked.value(), language, texts, interpreter);
                    chosen.ifPresent(this::settleLanguage);
                    proceed();
                }
                case COMMAND -> {
                    if (yes.isEmpty()) {
                        answer(currentQuestion(), text);
                    } else if (yes.get()) {
                        obey(Command.valueOf(asked.value()));
                    } else {
                        proceed();
                    }
                }
                case EVIDENCE -> {
                    yes.ifPresent(agrees -> {
                        events.add(new Event.EvidenceChecked(asked.dialog(), asked.step(), asked.at(), asked.value(),
                                agrees, at));
                        if (agrees) {
                            say("understanding.evidence.noted");
                        }
                    });
                    proceed();
                }
            }
        }

        private void settleLanguage(String chosen) {
            languageConfirmed = true;
            if (!chosen.equals(language)) {
                language = chosen;
                events.add(new Event.LanguageChosen(chosen));
                say("engine.language.changed");
            }
        }

        private Optional<Boolean> yesOrNo(String text) {
            return Confirmations.yesOrNo(text, language, texts, interpreter);
        }

        /** A command the interpreter is sure the text asks for. */
        private Optional<Command> sureCommand(String text) {
            return text == null ? Optional.empty()
                    : interpreter.intent(text, language).filter(Intent::sure).flatMap(i -> i.kind().command());
        }

        private void miss(Question question, Answer.Rejected rejected) {
            misses++;
            String reprompt = texts.render(language, rejected.reason(), rejected.args());
            if (misses >= MISSES_BEFORE_REPEAT) {
                misses = 0;
                replies.add(Reply.of(reprompt));
                proceed();
            } else {
                replies.add(new Reply(reprompt, question.choices(texts, language), null));
            }
        }

        private void pickLanguage(String text) {
            Answer answer = LanguagePicker.read(text, texts);
            if (answer instanceof Answer.Accepted accepted) {
                pickingLanguage = false;
                languageConfirmed = true;
                language = accepted.value();
                events.add(new Event.LanguageChosen(language));
                say("engine.language.changed");
                proceed();
            } else {
                Answer.Rejected rejected = (Answer.Rejected) answer;
                replies.add(new Reply(texts.render(language, rejected.reason(), rejected.args()),
                        LanguagePicker.choices(texts), null));
            }
        }

        private void obey(Command command) {
            if (command == Command.BACK || command == Command.LANGUAGE) {
                confirming = null;
            }
            switch (command) {
                case HELP -> {
                    say("engine.help");
                    again();
                }
                case REPEAT -> again();
                case BACK -> back();
                case PAUSE -> {
                    status = Status.PAUSED;
                    events.add(new Event.Paused());
                    say("engine.paused");
                }
                case STOP -> {
                    status = Status.STOPPED;
                    events.add(new Event.Stopped());
                    say("engine.stopped");
                }
                case LANGUAGE -> offerLanguages();
                case COACH -> {
                    events.add(new Event.CoachRequested());
                    say("engine.coach");
                    again();
                }
            }
        }

        /** What the client has in front of them, again: the engine's own question if one waits, else the step's. */
        void again() {
            if (confirming != null) {
                askConfirmation();
            } else {
                proceed();
            }
        }

        private void back() {
            if (history.isEmpty() || status == Status.FINISHED) {
                say("engine.back.none");
            } else {
                stack.clear();
                stack.addAll(history.remove(history.size() - 1).stack());
                misses = 0;
            }
            proceed();
        }

        private void offerLanguages() {
            pickingLanguage = true;
            replies.add(new Reply(texts.render(language, "engine.language.ask"), LanguagePicker.choices(texts), null));
        }

        private void remember() {
            history.add(new State.Position(stack));
            if (history.size() > HISTORY_LIMIT) {
                history.remove(0);
            }
        }

        /** Runs steps that need no input until a question waits or every dialog has ended, then asks it. */
        void proceed() {
            for (int steps = 0; steps < MAX_STEPS_PER_TURN; steps++) {
                if (stack.isEmpty()) {
                    // Saying "all done" once is the last step's job; later turns remind the client.
                    if (status == Status.FINISHED) {
                        say("engine.finished");
                    } else if (status == Status.ACTIVE) {
                        status = Status.FINISHED;
                    }
                    return;
                }
                Frame frame = stack.get(stack.size() - 1);
                if (frame.step() == null) {
                    endDialog();
                    continue;
                }
                Dialog dialog = dialogs.get(frame.dialog());
                Step step = dialog.step(frame.step());
                if (step instanceof LanguageStep && languageConfirmed) {
                    // The client already chose ("shall we go on in ...?"): asking again would only puzzle them.
                    goTo(dialog.after(step));
                    continue;
                }
                if (step instanceof Question question) {
                    ask(dialog, question);
                    return;
                }
                if (step instanceof PauseStep pause) {
                    say(pause.text());
                    goTo(dialog.after(pause));
                    status = Status.PAUSED;
                    events.add(new Event.Paused());
                    return;
                }
                run(dialog, step);
            }
            throw new IllegalStateException("Dialog " + stack.get(stack.size() - 1).dialog()
                    + " ran " + MAX_STEPS_PER_TURN + " steps without asking anything");
        }

        /** Runs one step that needs no input. */
        private void run(Dialog dialog, Step step) {
            if (step instanceof SayStep say) {
                replies.add(new Reply(texts.render(language, say.text(), variables), List.of(), say.image()));
                goTo(dialog.after(say));
            } else if (step instanceof JumpStep jump) {
                goTo(jump.to());
            } else if (step instanceof BranchStep branch) {
                String target = branch.target(variables);
                goTo(target != null ? target : dialog.after(branch));
            } else if (step instanceof CallStep call) {
                goTo(dialog.after(call));
                Dialog called = dialogs.get(call.dialog());
                stack.add(new Frame(called.id(), called.first().id()));
                events.add(new Event.DialogStarted(called.id()));
            } else if (step instanceof ResultsStep results) {
                events.add(new Event.ResultsDue(dialog.id(), results.id(), results.show(), language, replies.size(),
                        at));
                goTo(dialog.after(results));
            } else if (step instanceof EndStep end) {
                if (end.text() != null) {
                    say(end.text());
                }
                endDialog();
            }
        }

        private void ask(Dialog dialog, Question question) {
            String text = texts.render(language, question.text(), variables);
            if (dialog.progress()) {
                Map<String, Integer> numbers = dialog.questionNumbers();
                text = texts.render(language, "engine.progress", Map.of("current", numbers.get(question.id()),
                        "total", dialog.questionTotal(), "text", text));
            }
            String hint = question.hint(texts, language);
            if (hint != null) {
                text = text + "\n" + hint;
            }
            replies.add(new Reply(text, question.choices(texts, language), null));
        }

        private Question currentQuestion() {
            Frame frame = stack.get(stack.size() - 1);
            return (Question) dialogs.get(frame.dialog()).step(frame.step());
        }

        /** Moves the top frame to {@code step}; {@code null} means the dialog ends there. */
        private void goTo(String step) {
            Frame top = stack.remove(stack.size() - 1);
            stack.add(new Frame(top.dialog(), step));
        }

        private void endDialog() {
            Frame ended = stack.remove(stack.size() - 1);
            events.add(new Event.DialogCompleted(ended.dialog()));
        }

        private void say(String key) {
            replies.add(Reply.of(texts.render(language, key, variables)));
        }
    }
}
