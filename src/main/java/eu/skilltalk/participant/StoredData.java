package eu.skilltalk.participant;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@link PersonalData} of one collection whose documents name the client in a field: the export is the
 * stored documents as they are (so a field added later is exported without anyone remembering to), and
 * erasure deletes them. Features declare one per collection, e.g.
 * {@code StoredData.byParticipantId(mongo, RecordedAnswer.class, "participantId")}.
 */
public final class StoredData implements PersonalData {

    private final String name;
    private final MongoTemplate mongo;
    private final Function<String, Optional<Criteria>> whose;

    private StoredData(String name, MongoTemplate mongo, Function<String, Optional<Criteria>> whose) {
        this.name = name;
        this.mongo = mongo;
        this.whose = whose;
    }

    /** Documents of {@code type} whose {@code field} (e.g. {@code participantId} or {@code _id}) is the participant id. */
    public static StoredData byParticipantId(MongoTemplate mongo, Class<?> type, String field) {
        return matching(mongo, type, id -> where(field).is(id));
    }

    /** Documents of {@code type} that {@code whose} selects for a participant id (e.g. keys that end in it). */
    public static StoredData matching(MongoTemplate mongo, Class<?> type, Function<String, Criteria> whose) {
        return new StoredData(mongo.getCollectionName(type), mongo, id -> Optional.of(whose.apply(id)));
    }

    /**
     * Documents of {@code type} that name the client by their channel address; {@code which} gives the
     * criteria for a participant, or empty when the participant has nothing there (another channel).
     * Erasure runs these before the participant itself goes, so the address is still known.
     */
    public static StoredData byAddress(MongoTemplate mongo, Participants participants, Class<?> type,
            Function<Participant, Optional<Criteria>> which) {
        return new StoredData(mongo.getCollectionName(type), mongo,
                id -> participants.findById(id).flatMap(which));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Map<String, Object>> export(String participantId) {
        return whose.apply(participantId)
                .map(criteria -> mongo.find(Query.query(criteria), Document.class, name).stream()
                        .map(StoredData::plain).toList())
                .orElse(List.of());
    }

    @Override
    public long erase(String participantId) {
        return whose.apply(participantId)
                .map(criteria -> mongo.remove(Query.query(criteria), name).getDeletedCount()).orElse(0L);
    }

    /** A stored document as plain JSON values: dates as ISO-8601 instants, without Spring's type hint. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Map<String, Object> document) {
        Map<String, Object> plain = new LinkedHashMap<>();
        document.forEach((key, value) -> {
            if (!key.equals("_class")) {
                plain.put(key, plainValue(value));
            }
        });
        return plain;
    }

    @SuppressWarnings("unchecked")
    private static Object plainValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return plain((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StoredData::plainValue).toList();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                ? value : String.valueOf(value);
    }
}
