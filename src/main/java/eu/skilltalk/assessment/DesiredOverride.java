package eu.skilltalk.assessment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Desired levels a coach set for one client instead of the goal profile's.
 *
 * <pre>{"_id": "7f3c...", "levels": [{"competence": "entrecomp.3.2", "level": 4}], "coach": "marie",
 *  "at": "2026-11-28T10:03:00Z"}</pre>
 */
@Document("desired_levels")
record DesiredOverride(@Id String participantId, List<SummaryInputs.Level> levels, String coach, Instant at) {
}
