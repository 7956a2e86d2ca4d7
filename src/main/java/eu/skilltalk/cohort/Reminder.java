package eu.skilltalk.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder rule of a cohort: nudge clients who have a question waiting and wrote nothing for
 * {@code inactiveDays} days (and, when {@code dialog} is set, have not finished that dialog yet). Each
 * client gets one nudge per rule and quiet spell.
 *
 * <pre>{"id": "ab12...", "cohortId": "c0ffee...", "inactiveDays": 2, "dialog": "selfcheck"}</pre>
 */
@Document("reminders")
public record Reminder(@Id String id, @Indexed String cohortId, int inactiveDays, String dialog, String coachId,
        Instant createdAt) {
}
