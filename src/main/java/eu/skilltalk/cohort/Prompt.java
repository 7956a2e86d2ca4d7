package eu.skilltalk.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's message to a cohort: a free text or a dialog to start, from {@code sendAt} on (moved out of the
 * quiet hours). It goes out as the broadcast {@code broadcastId}, which knows how far it has come; who gets it
 * is decided when each client's turn comes, so nothing here grows with the cohort.
 *
 * <pre>{"id": "5e1d...", "cohortId": "c0ffee...", "coachId": "9a1b...", "text": "What did you learn today?",
 *  "dialog": null, "broadcastId": "b-51f0", "sendAt": "2026-11-28T17:00:00Z", "createdAt": "2026-11-28T09:12:00Z"}</pre>
 */
@Document("prompts")
public record Prompt(@Id String id, @Indexed String cohortId, String coachId, String text, String dialog,
        String broadcastId, Instant sendAt, Instant createdAt) {
}
