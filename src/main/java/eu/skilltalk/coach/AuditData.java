package eu.skilltalk.coach;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.Sha256;
import eu.skilltalk.participant.StoredData;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The audit log's part in export and erasure. A client may see which coach read their data and when (the
 * entries hold no content). Erasure keeps the entries, so the organisation can still account for reads
 * (including the erasure itself), but replaces the participant id with {@code erased:<SHA-256 of the id>}:
 * the entries no longer lead to anyone, yet someone who still holds the id (the client's own export) can
 * find them.
 */
@Component
class AuditData implements PersonalData {

    private final MongoTemplate mongo;
    private final StoredData entries;

    AuditData(MongoTemplate mongo) {
        this.mongo = mongo;
        this.entries = StoredData.byParticipantId(mongo, AuditEntry.class, "participantId");
    }

    @Override
    public String name() {
        return entries.name();
    }

    @Override
    public List<Map<String, Object>> export(String participantId) {
        return entries.export(participantId);
    }

    @Override
    public long erase(String participantId) {
        return mongo.updateMulti(Query.query(where("participantId").is(participantId)),
                new Update().set("participantId", pseudonym(participantId)), AuditEntry.class).getModifiedCount();
    }

    static String pseudonym(String participantId) {
        return "erased:" + Sha256.hex(participantId);
    }
}
