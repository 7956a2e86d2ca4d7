package eu.skilltalk.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.PersonalData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** {@link PersonalData} of a collection that keeps one document per client, under the client's id. */
record ParticipantDocuments(String name, Class<?> type, MongoTemplate mongo) implements PersonalData {

    @Override
    public Object export(String participantId) {
        return mongo.find(mine(participantId), type);
    }

    @Override
    public long erase(String participantId) {
        return mongo.remove(mine(participantId), type).getDeletedCount();
    }

    private static Query mine(String participantId) {
        return Query.query(where("_id").is(participantId));
    }
}
