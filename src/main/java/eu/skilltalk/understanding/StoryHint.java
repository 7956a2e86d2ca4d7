package eu.skilltalk.understanding;

import eu.skilltalk.dialog.EvidenceHint;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The competences one story of a client may show, for the coach to see beside the story: the answer it
 * belongs to is the one with the same participant, dialog, step and time ({@link #idFor}). No story text is
 * kept here; the story itself is in the answer log. {@code checks} are the client's own answers to "Would
 * you say this shows ...?".
 *
 * <pre>{"_id": "7f3c.../action/planning_story/1767603600000", "participantId": "7f3c...", "dialog": "action",
 *  "step": "planning_story", "at": "2026-01-05T09:00:00Z",
 *  "hints": [{"competence": "entrecomp.3.2", "score": 0.62, "ask": true}],
 *  "checks": [{"competence": "entrecomp.2.5", "agrees": true, "at": "2026-01-05T09:01:00Z"}]}</pre>
 */
@Document("story_hints")
@CompoundIndex(name = "participant_time", def = "{'participantId': 1, 'at': 1}")
public record StoryHint(@Id String id, String participantId, String dialog, String step, Instant at,
        List<EvidenceHint> hints, List<Check> checks) {

    /** The client's answer to "Would you say this shows {@code competence}?". */
    public record Check(String competence, boolean agrees, Instant at) {
    }

    public StoryHint {
        hints = hints == null ? List.of() : List.copyOf(hints);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The id of the hints for the answer a participant gave at {@code dialog}/{@code step} at {@code at}. */
    public static String idFor(String participantId, String dialog, String step, Instant at) {
        return participantId + "/" + dialog + "/" + step + "/" + at.toEpochMilli();
    }
}
