package eu.skilltalk.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that finds a document by {@code _id} first when a query names one {@code _id} among other
 * conditions. mongo-java-server uses an index only when the query's fields are exactly the index's, so
 * {@code {_id, version}} (a versioned save), {@code {_id, pending.key}} or
 * {@code {$and: [{_id}, {$or: [lease conditions]}]}} (claims) read every document of the collection: each
 * message cost as much as there were sessions, inbox or outbox items. Measured in docs/bench.md.
 */
final class IdFirstCollection extends H2Collection {

    IdFirstCollection(MongoDatabase database, String name, CollectionOptions options,
            MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
            Document fields) {
        Object id = query.size() > 1 || query.containsKey("$and") ? idEquality(query, getIdField()) : null;
        if (id != null) {
            Document byId = new Document(getIdField(), id);
            for (Index<Object> index : getIndexes()) {
                if (index.canHandle(byId)) {
                    return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize, fields);
                }
            }
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
    }

    /** The value {@code _id} must equal, at the top or in a top-level {@code $and}; null if none. */
    private static Object idEquality(Document query, String idField) {
        Object id = query.get(idField);
        if (plain(id)) {
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

    /** A value to compare with, not an operator document ({@code $ne}, {@code $in}, ...) or a missing field. */
    private static boolean plain(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof List);
    }
}
