package eu.skilltalk.coach;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What coaches observed of a client, for other modules: the latest observed level per competence. */
@Component
public class ObservedLevels {

    private final Observations observations;

    ObservedLevels(Observations observations) {
        this.observations = observations;
    }

    /** Competence id to the level of the newest observation of it, by any coach. */
    public Map<String, Integer> latest(String participantId) {
        Map<String, Integer> levels = new HashMap<>();
        // Newest first: the first observation of a competence is its latest.
        observations.findByParticipantIdOrderByAtDesc(participantId)
                .forEach(o -> levels.putIfAbsent(o.competence(), o.level()));
        return levels;
    }
}
