package eu.skilltalk.participant;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Marks a client as a user of a feature that can divert their messages (a coach chat, an erasure question)
 * before the feature stores anything, and never unmarks them: a message then skips a feature's lookup only
 * when the feature cannot be holding anything for that client. See {@link Participant#mayHaveUsed}.
 */
@Component
public class FeatureUse {

    private final MongoTemplate mongo;

    FeatureUse(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Call before the feature's first write for this client; repeating it changes nothing. */
    public void mark(Participant participant, String feature) {
        if (!participant.mayHaveUsed(feature)) {
            mark(participant.id(), feature);
        }
    }

    /** As {@link #mark(Participant, String)}, for a client not at hand (one more write). */
    public void mark(String participantId, String feature) {
        // A document without the list (stored before it was kept) counts every feature as used; adding one
        // entry would turn that into "only this one".
        mongo.updateFirst(Query.query(where("_id").is(participantId).and("usedFeatures").exists(true)),
                new Update().addToSet("usedFeatures", feature), Participant.class);
    }
}
