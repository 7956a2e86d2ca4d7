package eu.skilltalk.cohort;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's message to a cohort: a free text or a dialog to start, now or at {@code sendAt}, to the
 * clients listed in {@code recipients} (fixed when the coach sent it).
 *
 * <pre>{"id": "5e1d...", "cohortId": "c0ffee...", "text": "What did you learn today?", "dialog": null,
 *  "recipients": ["7f3c..."], "sendAt": "2026-11-28T17:00:00Z", "status": "QUEUED", "started": 0}</pre>
 */
@Document("prompts")
public record Prompt(@Id String id, @Indexed String cohortId, String coachId, String text, String dialog,
        List<String> recipients, Instant sendAt, Status status, Instant createdAt, int started) {

    /**
     * {@code QUEUED}: a text handed to the outbox, which sends it at {@code sendAt}; {@code SCHEDULED}: a
     * dialog waiting for its time; {@code STARTING}: being started; {@code STARTED}: started for
     * {@code started} clients.
     */
    public enum Status {
        QUEUED, SCHEDULED, STARTING, STARTED
    }

    public Prompt {
        recipients = List.copyOf(recipients);
    }
}
