package eu.skilltalk.dialog;

import java.time.Instant;
import java.util.List;

/** Something a turn did that the host must persist or act on. Past tense, like the facts they are. */
public sealed interface Event {

    /**
     * The client answered a question.
     *
     * @param question   locale key of the question text, so the answer log says what was asked
     * @param raw        what the client sent
     * @param value      what it meant (a choice value, scale point, number or the trimmed text)
     * @param competence competence id this is evidence for, or {@code null}
     */
    record AnswerRecorded(String dialog, String step, String question, String language, String raw, String value,
            String competence, Instant at) implements Event {
    }

    record LanguageChosen(String language) implements Event {
    }

    record ConsentGiven(String version, Instant at) implements Event {
    }

    record ConsentDeclined(Instant at) implements Event {
    }

    record DialogStarted(String dialog) implements Event {
    }

    record DialogCompleted(String dialog) implements Event {
    }

    record Paused() implements Event {
    }

    record Stopped() implements Event {
    }

    record Resumed() implements Event {
    }

    /**
     * A {@link ResultsStep} was reached: the host puts the client's results ({@code show}: what to show), in
     * {@code language}, among the turn's replies at index {@code reply} (before the reply that was then next),
     * before it commits the turn.
     */
    record ResultsDue(String dialog, String step, String show, String language, int reply, Instant at)
            implements Event {
    }

    /** The client asked to talk to a person. */
    record CoachRequested() implements Event {
    }

    /**
     * A text answer (recorded just before, with the same {@code dialog}, {@code step} and {@code at}) may be
     * evidence for these competences, most likely first: a hint for the coach, not a score.
     */
    record EvidenceHinted(String dialog, String step, List<EvidenceHint> hints, Instant at) implements Event {
        public EvidenceHinted {
            hints = List.copyOf(hints);
        }
    }

    /**
     * The client said at {@code at} whether their story (the answer at {@code dialog}, {@code step},
     * {@code storyAt}) shows {@code competence}, when the engine asked "Would you say this shows ...?".
     */
    record EvidenceChecked(String dialog, String step, Instant storyAt, String competence, boolean agrees,
            Instant at) implements Event {
    }
}
