package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the engine uses an {@link Interpreter}, with a fake one that knows a few sentences: the engine's own
 * questions (did you mean, language, evidence), what happens to answers that are none of theirs, reminders.
 */
class InterpreterTest {

    private static final Content CONTENT = TranscriptRunner.content(
            List.of("@dialogs src/test/resources/dialogs-understanding"));
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    /** Knows "maybe quit" (an unsure stop), "quit now" (a sure one), a French story and a planning story. */
    private static final Interpreter FAKE = new Interpreter() {
        @Override
        public Optional<Intent> intent(String text, String language) {
            return switch (text) {
                case "maybe quit" -> Optional.of(new Intent(Intent.Kind.STOP, 0.5, false));
                case "quit now" -> Optional.of(new Intent(Intent.Kind.STOP, 0.9, true));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<String> otherLanguage(String text, String expected) {
            return text.startsWith("J'ai") ? Optional.of("fr") : Optional.empty();
        }

        @Override
        public List<EvidenceHint> evidence(String text, String language) {
            return text.contains("plan") ? List.of(new EvidenceHint("entrecomp.3.2", 0.8, true)) : List.of();
        }
    };

    private final DialogEngine engine = new DialogEngine(CONTENT.dialogs(), CONTENT.catalog(), FAKE);

    private Turn play(String... texts) {
        State state = State.fresh("en");
        Turn turn = null;
        for (String text : texts) {
            turn = engine.advance(state, text == null ? Input.media(AT) : Input.text(text, AT));
            state = turn.state();
        }
        return turn;
    }

    private static List<String> texts(Turn turn) {
        return turn.replies().stream().map(Reply::text).toList();
    }

    @Test
    void anUnsureCommandIsConfirmedFirst() {
        Turn asked = play("hi", "maybe quit");
        Turn stopped = play("hi", "maybe quit", "1");

        assertThat(texts(asked)).containsExactly("Do you want to stop? Then I will not send you messages.");
        assertThat(asked.state().confirming().topic()).isEqualTo(State.Confirmation.Topic.COMMAND);
        assertThat(stopped.events()).containsExactly(new Event.Stopped());
        assertThat(play("hi", "quit now").events()).containsExactly(new Event.Stopped());
    }

    @Test
    void anAnswerInsteadOfYesOrNoAnswersTheQuestionTheClientSees() {
        Turn turn = play("hi", "maybe quit", "yes");
        Turn answered = play("hi", "maybe quit", "2", "1");

        // "yes" answers "Do you want to stop?": stop.
        assertThat(turn.events()).containsExactly(new Event.Stopped());
        // "2" says no; then "1" answers the yes/no question again on screen.
        assertThat(answered.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("AnswerRecorded");
        assertThat(play("hi", "maybe quit", "pizza").state().confirming()).isNull();
    }

    @Test
    void helpAndRemindersAskTheEnginesOwnQuestionAgain() {
        Turn asked = play("hi", "yes", "1", "3", "3", "10", "I made a plan for the party");
        Turn help = engine.advance(asked.state(), Input.text("help", AT));
        Turn reminder = engine.repeat(asked.state(), AT);

        assertThat(texts(asked)).containsExactly("Would you say this also shows: Planning?");
        assertThat(texts(help)).containsExactly("You can send: help, repeat, back, pause, language, coach, stop.",
                "Would you say this also shows: Planning?");
        assertThat(texts(reminder)).containsExactly("Would you say this also shows: Planning?");
    }

    @Test
    void aPhotoInsteadOfAnAnswerLetsTheEnginesQuestionGo() {
        Turn turn = play("hi", "yes", "1", "3", "3", "10", "I made a plan for the party", null);

        assertThat(turn.state().confirming()).isNull();
        assertThat(turn.events()).containsExactly(new Event.DialogCompleted("onboarding"));
        assertThat(texts(turn)).containsExactly("That was the last question. You did all 7 parts. Thank you!");
    }

    @Test
    void theLanguageIsOfferedOnceAndBackDropsTheOffer() {
        Turn offered = play("hi", "yes", "1", "3", "3", "10", "J'ai fait un plan pour la fête");
        Turn declined = engine.advance(offered.state(), Input.text("English", AT));
        Turn back = engine.advance(offered.state(), Input.text("back", AT));

        assertThat(texts(offered)).containsExactly("Tu écris en français. On continue en français ?");
        assertThat(offered.replies().get(0).choices()).extracting(Choice::label).containsExactly("Français", "English");
        assertThat(declined.state().language()).isEqualTo("en");
        assertThat(declined.state().languageConfirmed()).isTrue();
        assertThat(back.state().confirming()).isNull();
        assertThat(back.state().languageConfirmed()).isFalse();
    }

    @Test
    void withoutAnInterpreterNothingChanges() {
        DialogEngine plain = new DialogEngine(CONTENT.dialogs(), CONTENT.catalog());
        State state = plain.advance(State.fresh("en"), Input.text("J'ai fait un plan pour la fête", AT)).state();

        Turn turn = plain.advance(state, Input.text("maybe quit", AT));

        assertThat(texts(turn)).containsExactly("Please answer 1 (yes) or 2 (no).");
        assertThat(turn.state().confirming()).isNull();
        assertThat(turn.state()).isEqualTo(new State("en", Status.ACTIVE, turn.state().stack(), Map.of(),
                List.of(), 1, false, AT));
    }
}
