package eu.skilltalk.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of the embedded store's unique indexes ({@code _id}, a participant's address, ...), written and
 * ordered exactly as H2's default type does, but each key serialised once. H2 orders keys that are not
 * {@link Comparable}, such as mongo-java-server's {@link KeyValue}, by their Java-serialised bytes, and
 * serialises both keys at every step of every search and again whenever it writes a page: that was a third
 * of all the memory a client message allocated (docs/bench.md). The bytes are kept for keys of one value that
 * cannot change (most unique indexes); the file format and the order are H2's, so existing files read and
 * stay valid.
 */
final class IndexKeyType extends ObjectDataType {

    /** {@code ObjectDataType.TYPE_SERIALIZED_OBJECT}: the tag H2 writes before a Java-serialised value. */
    private static final byte SERIALIZED = 19;
    /**
     * Serialised keys of the index pages, by key. Only keys of one value are kept: two equal keys of one
     * unchanging value serialise alike, which is not so for two equal keys of several values (Java
     * serialisation writes a value that occurs twice in one key as a reference to the first).
     */
    private static final Cache<KeyValue, byte[]> STORED_KEYS = Caffeine.newBuilder().maximumSize(50_000).build();
    /**
     * The key each thread searched for last: a search compares it with a key of every page on its way down.
     * Not added to the stored keys: most searched keys are made for one query and gone after it.
     */
    private static final ThreadLocal<Probe> LAST_PROBE = ThreadLocal.withInitial(Probe::new);

    /** H2 compares the key searched for (first) with a stored one (second). */
    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue searched && b instanceof KeyValue stored) {
            return compareNotNull(LAST_PROBE.get().bytes(searched), bytes(stored));
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof KeyValue key) {
            byte[] data = bytes(key);
            buffer.put(SERIALIZED).putVarInt(data.length).put(data);
            return;
        }
        super.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != SERIALIZED) {
            return super.read(buffer);
        }
        buffer.get();
        byte[] data = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(data);
        Object value = deserialize(data);
        if (value instanceof KeyValue key && unchanging(key)) {
            STORED_KEYS.put(key, data);
        }
        return value;
    }

    /** As H2 estimates a serialised value (twice its bytes), so pages split where they did. */
    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue key ? bytes(key).length * 2 : super.getMemory(value);
    }

    private static byte[] bytes(KeyValue key) {
        return unchanging(key) ? STORED_KEYS.get(key, ObjectDataType::serialize) : serialize(key);
    }

    /** Keys of one value that cannot change; a document or a list may be changed in place by the store. */
    private static boolean unchanging(KeyValue key) {
        if (key.size() != 1) {
            return false;
        }
        Object value = key.get(0);
        return value == null || value instanceof String || value instanceof Double || value instanceof Long
                || value instanceof Integer || value instanceof Boolean || value instanceof ObjectId;
    }

    /** One thread's last searched key and its bytes. */
    private static final class Probe {

        private KeyValue key;
        private byte[] bytes;

        byte[] bytes(KeyValue searched) {
            if (searched != key) {
                byte[] stored = STORED_KEYS.getIfPresent(searched);
                bytes = stored != null ? stored : serialize(searched);
                key = unchanging(searched) ? searched : null;
            }
            return bytes;
        }
    }
}
