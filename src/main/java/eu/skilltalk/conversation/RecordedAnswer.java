package eu.skilltalk.conversation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One answer in the append-only answer log: what was asked (question key, language), what the client
 * sent, what it meant and when. Answers are never updated; a changed answer is a newer entry.
 *
 * <pre>{"participantId": "7f3c...", "dialog": "selfcheck", "step": "planning_rate",
 *  "question": "selfcheck.planning.rate", "language": "en", "raw": "4", "value": "4",
 *  "competence": "entrecomp.3.2", "at": "2026-11-28T10:03:00Z"}</pre>
 */
@Document("answers")
@CompoundIndex(name = "participant_time", def = "{'participantId': 1, 'at': 1}")
public record RecordedAnswer(@Id String id, String participantId, String dialog, String step, String question,
        String language, String raw, String value, String competence, Instant at) {
}
