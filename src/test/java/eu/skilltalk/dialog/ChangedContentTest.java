package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A session saved before the content changed goes on instead of failing when its step or dialog is gone. */
class ChangedContentTest {

    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private final DialogEngine engine = engine();

    private static DialogEngine engine() {
        var content = TranscriptRunner.content(List.of());
        return new DialogEngine(content.dialogs(), content.catalog());
    }

    private static State at(Frame... frames) {
        return new State("en", Status.ACTIVE, List.of(frames), Map.of("name", "Sam"), List.of(), 0, false, NOW);
    }

    @Test
    void aStepThatIsGoneRestartsItsDialogAndTheInputIsNotTakenAsAnAnswer() {
        Turn turn = engine.advance(at(new Frame("onboarding", null), new Frame("selfcheck", "gone_step")),
                Input.text("3", NOW));

        assertThat(turn.replies().get(0).text()).isEqualTo("Some questions have changed. We go on from here.");
        assertThat(turn.state().stack()).allSatisfy(f ->
                assertThat(f.step() == null || engine.dialogs().get(f.dialog()).step(f.step()) != null).isTrue());
        assertThat(turn.replies().get(turn.replies().size() - 1).choices()).isNotEmpty();
        assertThat(turn.events()).noneMatch(e -> e instanceof Event.AnswerRecorded);
    }

    @Test
    void aDialogThatIsGoneIsDroppedAndTheCallerGoesOn() {
        Turn turn = engine.advance(at(new Frame("onboarding", "bye"), new Frame("retired_module", "q1")),
                Input.text("hello", NOW));

        assertThat(turn.replies()).extracting(Reply::text)
                .contains("Some questions have changed. We go on from here.");
        assertThat(turn.state().stack()).noneMatch(f -> f.dialog().equals("retired_module"));
    }

    @Test
    void aReminderForAChangedSessionAlsoRecovers() {
        Turn turn = engine.repeat(at(new Frame("selfcheck", "gone_step")), NOW);

        assertThat(turn.replies().get(0).text()).isEqualTo("Some questions have changed. We go on from here.");
        assertThat(turn.replies()).hasSizeGreaterThan(1);
    }
}
