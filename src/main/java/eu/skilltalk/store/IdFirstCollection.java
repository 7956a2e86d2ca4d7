package eu.skilltalk.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that answers three kinds of query without reading every document, which mongo-java-server
 * does whenever a query's fields are not exactly an index's (it has no secondary indexes):
 * <ul>
 * <li>A query naming one {@code _id} (or an {@code _id $in} list), alone or among other conditions, looks the ids
 * up (in the documents' map for string and ObjectId ids, else in the {@code _id} index) and matches the rest on
 * those documents: {@code {_id, version}} (a versioned save),
 * {@code {_id, pending.key}} or {@code {$and: [{_id}, {$or: [lease conditions]}]}} (claims) read every
 * document before, so each message cost as much as there were sessions, inbox or outbox items.</li>
 * <li>A query sorted by {@code _id} with a limit (a page after a cursor: {@code {cohortId, _id: {$gt: last}}})
 * walks the documents in {@code _id} order from the cursor, which is the order H2 keeps them in, and stops at
 * the limit, instead of reading and sorting all of them for every page. Only when every {@code _id} is a
 * string: H2 orders keys by type first and then as MongoDB does within a type, but types in another order.</li>
 * <li>A query asking a field to equal a string, where an index on that field is kept in memory
 * ({@link EqualityIndex}; a client's waiting messages), reads only the documents the narrowest such index
 * names.</li>
 * </ul>
 * Measured in docs/bench.md.
 */
final class IdFirstCollection extends H2Collection {

    private final MVMap<Object, Document> data;

    IdFirstCollection(MongoDatabase database, String name, CollectionOptions options,
            MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fields) {
        Object id = idLookup(query, getIdField());
        if (id != null) {
            Stream<Document> byKey = storedDocuments(id);
            if (byKey != null) {
                return matchDocumentsFromStream(byKey, query, orderBy, skip, limit, batchSize, fields);
            }
            Document byId = new Document(getIdField(), id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                }
            }
        }
        Object idCondition = query.get(getIdField());
        if (limit > 0 && lookup(idCondition) == null && byIdAscending(orderBy) && onlyStringIds()) {
            return matchDocumentsFromStream(inIdOrderFrom(lowerBound(idCondition)), query, null, skip, limit,
                    batchSize, fields);
        }
        EqualityIndex narrowest = narrowestIndex(query);
        if (narrowest != null) {
            return matchDocuments(query, narrowest.getPositions(query), orderBy, skip, limit, batchSize, fields);
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
    }

    /**
     * Of the indexes kept in memory that can answer the query, the one that gives the fewest documents (a job's
     * {@code participantId} rather than its {@code status}); mongo-java-server would take the first declared.
     */
    private EqualityIndex narrowestIndex(Document query) {
        EqualityIndex narrowest = null;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof EqualityIndex equality && equality.canHandle(query)
                    && (narrowest == null || equality.candidates(query) < narrowest.candidates(query))) {
                narrowest = equality;
            }
        }
        return narrowest;
    }

    /**
     * The stored documents with an {@code _id} that is a string or an ObjectId (or in an {@code $in} list of
     * them), read from the documents' own map, whose keys are the {@code _id}s as stored; null for other ids.
     * The {@code _id} index would answer the same with a search of its own (its keys are compared as
     * Java-serialised bytes, see {@link IndexKeyType}) and then this lookup; numbers are left to the index,
     * which equates 1, 1L and 1.0 as MongoDB does.
     */
    private Stream<Document> storedDocuments(Object id) {
        if (exactKey(id)) {
            return Stream.ofNullable(data.get(id));
        }
        if (id instanceof Document in && in.get("$in") instanceof List<?> values
                && values.stream().allMatch(IdFirstCollection::exactKey)) {
            return values.stream().distinct().map(data::get).filter(Objects::nonNull);
        }
        return null;
    }

    private static boolean exactKey(Object id) {
        return id instanceof String || id instanceof ObjectId;
    }

    /**
     * What {@code _id} must be, at the top or in a top-level {@code $and}: a plain value, or {@code {$in: [...]}}
     * (from {@code {$in: [...], $gt: ...}} the list alone, the rest is matched afterwards); null if neither.
     */
    private static Object idLookup(Document query, String idField) {
        Object id = lookup(query.get(idField));
        if (id != null) {
            return id;
        }
        if (query.get("$and") instanceof List<?> all) {
            for (Object part : all) {
                if (part instanceof Document condition && plain(condition.get(idField))) {
                    return condition.get(idField);
                }
            }
        }
        return null;
    }

    private static Object lookup(Object condition) {
        if (plain(condition)) {
            return condition;
        }
        return condition instanceof Document operators && operators.get("$in") instanceof List<?> values
                ? new Document("$in", values) : null;
    }

    /** A value to compare with, not an operator document ({@code $ne}, {@code $in}, ...) or a missing field. */
    private static boolean plain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof List);
    }

    private boolean byIdAscending(Document orderBy) {
        return orderBy != null && orderBy.size() == 1 && orderBy.get(getIdField()) instanceof Number order
                && order.intValue() == 1;
    }

    /** Whether the first and the last key are strings: then all are, as H2 orders keys by type first. */
    private boolean onlyStringIds() {
        return data.firstKey() instanceof String && data.lastKey() instanceof String;
    }

    /** Where a walk in {@code _id} order may start: the {@code $gt} or {@code $gte} string, else the start. */
    private static String lowerBound(Object idCondition) {
        if (idCondition instanceof Document operators) {
            Object bound = operators.containsKey("$gt") ? operators.get("$gt") : operators.get("$gte");
            return bound instanceof String from ? from : null;
        }
        return null;
    }

    /** The documents in {@code _id} order from {@code from} on (all of them when null), read as they are needed. */
    private Stream<Document> inIdOrderFrom(String from) {
        Cursor<Object, Document> cursor = data.cursor(from);
        Iterator<Document> documents = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Document next() {
                cursor.next();
                return cursor.getValue();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false);
    }
}
