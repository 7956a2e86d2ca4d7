package eu.skilltalk.cohort;

import eu.skilltalk.schedule.Broadcasts;
import java.time.Instant;

/**
 * A prompt and how far it has come, from its broadcast: {@code recipients} clients handed it so far (every
 * chosen client of the cohort who had not said stop when their turn came), of whom {@code done} got it,
 * {@code skipped} were left out (they said stop since, or a dialog found them still onboarding) and
 * {@code failed} could not be reached.
 */
public record PromptProgress(Prompt prompt, Status status, long recipients, long done, long skipped, long failed) {

    /**
     * {@code SCHEDULED}: waiting for its time; {@code SENDING}: going out at the sending rate; {@code SENT}: every
     * recipient done, skipped or failed; {@code CANCELLED}: stopped before the end.
     */
    public enum Status {
        SCHEDULED, SENDING, SENT, CANCELLED
    }

    /** A prompt just accepted: nobody handed it yet. */
    static PromptProgress accepted(Prompt prompt, Instant now) {
        return new PromptProgress(prompt, prompt.sendAt().isAfter(now) ? Status.SCHEDULED : Status.SENDING, 0, 0, 0, 0);
    }

    /** A prompt with its broadcast's progress; a broadcast that cannot be found sends nothing more. */
    static PromptProgress of(Prompt prompt, Broadcasts.Status broadcast, Instant now) {
        if (broadcast == null) {
            return new PromptProgress(prompt, Status.CANCELLED, 0, 0, 0, 0);
        }
        Status status = broadcast.cancelled() ? Status.CANCELLED
                : broadcast.finished() ? Status.SENT
                : broadcast.sendAt().isAfter(now) ? Status.SCHEDULED : Status.SENDING;
        return new PromptProgress(prompt, status, broadcast.produced(), broadcast.done(), broadcast.skipped(),
                broadcast.failed());
    }
}
