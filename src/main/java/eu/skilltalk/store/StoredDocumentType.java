package eu.skilltalk.store;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes documents into its file: as BSON, with mongo-java-server's own encoder and
 * decoder (those of its wire protocol). H2's default type writes every value with Java serialisation, a new
 * ObjectOutputStream each, and the store rewrites a page of documents at every commit: that was most of what
 * a client message allocated (docs/bench.md). Anything else, and documents holding a value whose BSON form
 * would read back as another Java type, are written as before; files written before read as they are, since
 * a BSON document starts with a tag H2's type never writes.
 */
final class StoredDocumentType extends ObjectDataType {

    /** Above every tag {@link ObjectDataType} writes (0 to 119). */
    private static final byte BSON_DOCUMENT = (byte) 0xB5;

    /** Bytes a document takes in memory, on average; H2 sizes pages and its cache by it (as H2's type does). */
    private volatile int averageSize = 1_000;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        ByteBuf bson = value instanceof Document document ? bson(document) : null;
        if (bson == null) {
            super.write(buffer, value);
            return;
        }
        try {
            int size = bson.readableBytes();
            buffer.put(BSON_DOCUMENT).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
            averageSize = (size * 2 + 15 * averageSize) / 16;
        } finally {
            bson.release();
        }
    }

    /**
     * The document as BSON, or null to write it as H2 does. mongo-java-server updates a stored document in
     * place, so a commit may be writing an earlier version of a page while an update changes one of its
     * documents: H2's type then writes whatever it reads (the next commit writes the page again), the BSON
     * encoder stops, and that version is written as H2 does. Any other failure falls back the same way: an
     * exception here would stop H2's writer and close the store.
     */
    private ByteBuf bson(Document document) {
        try {
            if (!readsBackEqual(document)) {
                return null;
            }
            ByteBuf bson = Unpooled.buffer(averageSize / 2);
            BsonEncoder.encodeDocument(document, bson);
            return bson;
        } catch (RuntimeException notEncodable) {
            return null;
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON_DOCUMENT) {
            return super.read(buffer);
        }
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
        ByteBuffer bson = buffer.duplicate();
        bson.position(start + 1).limit(start + 1 + size);
        buffer.position(start + 1 + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageSize : super.getMemory(value);
    }

    /** Whether every value in the document is of a type that BSON gives back as the same Java type. */
    private static boolean readsBackEqual(Object value) {
        Collection<?> inside = value instanceof Document document ? document.values()
                : value instanceof List<?> list ? list : null;
        if (inside != null) {
            for (Object item : inside) {
                if (!readsBackEqual(item)) {
                    return false;
                }
            }
            return true;
        }
        return value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof Instant
                || value instanceof ObjectId || value instanceof BinData || value instanceof Decimal128
                || value instanceof BsonTimestamp;
    }
}
