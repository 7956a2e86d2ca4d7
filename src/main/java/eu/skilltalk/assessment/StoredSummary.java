package eu.skilltalk.assessment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's latest summary with the inputs it was computed from, and the unguessable token of their chart
 * link (kept when the summary is computed again, so a link already sent shows the newest results).
 *
 * <pre>{"_id": "7f3c...", "inputs": {...}, "summary": {...}, "chartToken": "k3v9q2x7m4p8w6tz",
 *  "computedAt": "2026-11-28T10:03:00Z"}</pre>
 */
@Document("summaries")
record StoredSummary(@Id String participantId, SummaryInputs inputs, Summary summary,
        @Indexed(unique = true, sparse = true) String chartToken, Instant computedAt) {
}
