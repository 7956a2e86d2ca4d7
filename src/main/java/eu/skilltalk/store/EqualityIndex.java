package eu.skilltalk.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A declared secondary index of the embedded H2 store, kept in memory: mongo-java-server ignores indexes that
 * are not unique and reads the whole collection for every query instead. This one answers a query that asks
 * the index's first field to equal a string or ObjectId (a client's waiting messages: {@code participantId})
 * with the documents holding that value and those whose value may hold it (an array), all matched against the
 * whole query afterwards as before, so a query gets the same documents as from a full read.
 *
 * <p>It lives in memory only: the store builds it from the collection's documents when it opens (a cost of a
 * read of the collection at start and some bytes of heap a document, so it is meant for collections that stay
 * small, see {@link DurableH2Backend}). Positions are the documents' {@code _id}s, as the H2 collection keys
 * them. It is sparse in mongo-java-server's sense: it names no position of its own when a document is updated
 * or removed, which the {@code _id} index does. Writes change it under the collection's lock, as they change
 * the documents.
 */
final class EqualityIndex extends Index<Object> {

    private static final String ID = "_id";

    private final String field;
    private final Map<Object, Set<Object>> byValue = new ConcurrentHashMap<>();
    /** Documents whose value is neither missing nor a plain string or ObjectId: an equality may match them. */
    private final Set<Object> others = ConcurrentHashMap.newKeySet();

    EqualityIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    /** Whether an index on these keys can be kept: its first field is a top-level one (no path). */
    static boolean fits(List<IndexKey> keys) {
        return !keys.isEmpty() && !keys.get(0).getKey().contains(".");
    }

    @Override
    public boolean canHandle(Document query) {
        return plain(query.get(field));
    }

    /** How many documents {@link #getPositions} gives for a query it can handle. */
    int candidates(Document query) {
        return byValue.getOrDefault(query.get(field), Set.of()).size() + others.size();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        List<Object> positions = new ArrayList<>(byValue.getOrDefault(query.get(field), Set.of()));
        positions.addAll(others);
        positions.sort(ValueComparator.asc()); // the order a full read gives
        return positions;
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<Object> bucket = bucket(document.get(field), true);
        if (bucket != null) {
            bucket.add(position);
        }
    }

    @Override
    public Object remove(Document document) {
        forget(document);
        return null;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (!Objects.equals(oldDocument.get(field), newDocument.get(field))) {
            forget(oldDocument);
            add(newDocument, position, collection);
        }
    }

    private void forget(Document document) {
        Object value = document.get(field);
        Set<Object> bucket = bucket(value, false);
        if (bucket != null && bucket.remove(document.get(ID)) && plain(value)) {
            byValue.computeIfPresent(value, (key, left) -> left.isEmpty() ? null : left);
        }
    }

    /** Where a document with this value is kept; null when no equality can match it (missing or null). */
    private Set<Object> bucket(Object value, boolean create) {
        if (plain(value)) {
            return create ? byValue.computeIfAbsent(value, key -> ConcurrentHashMap.newKeySet()) : byValue.get(value);
        }
        return value == null ? null : others;
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: any document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: any change may be made
    }

    @Override
    public long getCount() {
        return byValue.values().stream().mapToLong(Set::size).sum() + others.size();
    }

    @Override
    public long getDataSize() {
        return 0; // nothing of it is stored
    }

    @Override
    public void drop() {
        byValue.clear();
        others.clear();
    }
}
