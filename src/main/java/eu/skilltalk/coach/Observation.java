package eu.skilltalk.coach;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a coach saw a client do, for one competence, with a level from 1 to 5.
 *
 * <pre>{"id": "0b7e...", "participantId": "7f3c...", "competence": "entrecomp.3.1", "level": 3,
 *  "note": "Took the initiative in the group task", "coach": "marie", "at": "2026-11-28T15:00:00Z"}</pre>
 */
@Document("observations")
record Observation(@Id String id, @Indexed String participantId, String competence, int level, String note,
        String coach, Instant at) {
}
