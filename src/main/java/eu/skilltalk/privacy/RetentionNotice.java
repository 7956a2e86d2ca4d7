package eu.skilltalk.privacy;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inactive client was told their data goes soon. Writing anything after {@code warnedAt} keeps it.
 *
 * <pre>{"_id": "7f3c...", "warnedAt": "2027-10-31T03:00:00Z"}</pre>
 */
@Document("retention_notices")
record RetentionNotice(@Id String participantId, Instant warnedAt) {
}
