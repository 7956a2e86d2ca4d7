package eu.skilltalk.coach;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a client's data: who, what, when, and whether it was allowed. Append-only.
 *
 * <pre>{"at": "2026-11-28T10:00:00Z", "coach": "marie", "action": "participant.read",
 *  "participantId": "7f3c...", "cohortId": "c0ffee...", "allowed": true}</pre>
 *
 * @param action what was read, e.g. {@code participant.read}, {@code cohort.clients}, {@code inbox.read}
 */
@Document("audit")
record AuditEntry(@Id String id, @Indexed Instant at, String coach, String action, @Indexed String participantId,
        String cohortId, boolean allowed) {
}
