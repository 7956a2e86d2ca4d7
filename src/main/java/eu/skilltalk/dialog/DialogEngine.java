package eu.skilltalk.dialog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The conversation as a pure function: {@code advance(state, input) -> turn}. Same state and input, same
 * turn, so conversations replay from transcripts and any instance can take any message.
 */
public final class DialogEngine {

    /** After this many answers in a row that a question cannot take, the question is shown again whole. */
    static final int MISSES_BEFORE_REPEAT = 3;
    /** Guards against a dialog that jumps in a circle without asking anything. */
    private static final int MAX_STEPS_PER_TURN = 500;
    private static final int HISTORY_LIMIT = 50;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200d\\ufe0f]]");

    private final Dialogs dialogs;
    private final Texts texts;

    public DialogEngine(Dialogs dialogs, Texts texts) {
        this.dialogs = dialogs;
        this.texts = texts;
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
            run.proceed();
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
        private final Instant at;
        private final List<Reply> replies = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        Run(State state, Instant at) {
            this.language = texts.speaks(state.language()) ? state.language() : texts.languages().get(0);
            this.status = state.status();
            this.stack = state.stackCopy();
            this.variables = new LinkedHashMap<>(state.variables());
            this.history = new ArrayList<>(state.history());
            this.misses = state.misses();
            this.pickingLanguage = state.pickingLanguage();
            this.lastInputAt = state.lastInputAt();
            this.at = at;
        }

        Turn turn() {
            return new Turn(new State(language, status, stack, variables, history, misses, pickingLanguage,
                    lastInputAt), replies, events);
        }

        Turn advance(Input input) {
            lastInputAt = at;
            if (status == Status.NEW) {
                if (texts.speaks(input.languageHint())) {
                    language = input.languageHint();
                }
                start(dialogs.get(dialogs.entry()));
                return turn();
            }
            if (recoveredFromChangedContent()) {
                return turn();
            }
            String text = input.isMedia() ? null : CONTROL.matcher(input.text()).replaceAll("");
            Command command = text == null ? null : Command.in(text, language, texts).orElse(null);
            if (status == Status.PAUSED || status == Status.STOPPED) {
                status = stack.isEmpty() ? Status.FINISHED : Status.ACTIVE;
                events.add(new Event.Resumed());
                say("engine.welcome_back");
                if (command == null || command == Command.REPEAT) {
                    proceed();
                } else {
                    obey(command);
                }
                return turn();
            }
            if (command != null) {
                obey(command);
            } else if (pickingLanguage) {
                pickLanguage(text);
            } else if (status == Status.FINISHED) {
                proceed();
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
            if (status == Status.PAUSED || status == Status.STOPPED) {
                status = Status.ACTIVE;
            }
            say("engine.changed");
            proceed();
            return true;
        }

        void start(Dialog dialog) {
            status = Status.ACTIVE;
            stack.clear();
            history.clear();
            misses = 0;
            pickingLanguage = false;
            stack.add(new Frame(dialog.id(), dialog.first().id()));
            events.add(new Event.DialogStarted(dialog.id()));
            proceed();
        }

        private void answer(Question question, String text) {
            Answer answer = text == null ? new Answer.Rejected("engine.reprompt.media")
                    : question.read(text, texts, language);
            if (answer instanceof Answer.Rejected rejected) {
                miss(question, rejected);
                return;
            }
            String value = ((Answer.Accepted) answer).value();
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
            }
            goTo(target);
            proceed();
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
            switch (command) {
                case HELP -> {
                    say("engine.help");
                    proceed();
                }
                case REPEAT -> proceed();
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
                    proceed();
                }
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
