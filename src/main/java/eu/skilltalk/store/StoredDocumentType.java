package eu.skilltalk.store;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.io.BasicOutputBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes documents into its file: as BSON, read back with mongo-java-server's own
 * decoder (that of its wire protocol). H2's default type writes every value with Java serialisation, a new
 * ObjectOutputStream each, and the store rewrites a page of documents at every commit: that was most of what
 * a client message allocated (docs/bench.md). Anything else, and documents holding a value whose BSON form
 * would read back as another Java type, are written as before; files written before read as they are, since
 * a BSON document starts with a tag H2's type never writes.
 *
 * <p>The BSON is written with the MongoDB driver's writer into a buffer each thread keeps, in one walk that
 * also checks each value's type: a commit encodes every document of every page it changed, and checking the
 * types in a walk of its own, then encoding into a new buffer each time, was half of the commit thread's time
 * (docs/bench.md, ninth pass).
 */
final class StoredDocumentType extends ObjectDataType {

    /** Above every tag {@link ObjectDataType} writes (0 to 119). */
    private static final byte BSON_DOCUMENT = (byte) 0xB5;

    /** Pages are written on H2's serialisation thread, and by whichever thread commits: one buffer each. */
    private static final ThreadLocal<BasicOutputBuffer> BUFFERS = ThreadLocal.withInitial(BasicOutputBuffer::new);
    /** A buffer that grew past this for a big document is dropped after it, not kept for every commit. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    /** Bytes a document takes in memory, on average; H2 sizes pages and its cache by it (as H2's type does). */
    private volatile int averageSize = 1_000;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        BasicOutputBuffer bson = value instanceof Document document ? bson(document) : null;
        if (bson == null) {
            super.write(buffer, value);
            return;
        }
        int size = bson.getPosition();
        buffer.put(BSON_DOCUMENT).put(bson.getInternalBuffer(), 0, size);
        averageSize = (size * 2 + 15 * averageSize) / 16;
        if (bson.getInternalBuffer().length > KEPT_BUFFER_BYTES) {
            BUFFERS.remove();
        }
    }

    /**
     * The document as BSON in this thread's buffer, or null to write it as H2 does: when a value is of a type
     * BSON would give back as another Java type, or when the document changes while it is written.
     * mongo-java-server updates a stored document in place, so a commit may be writing an earlier version of
     * a page while an update changes one of its documents: H2's type then writes whatever it reads (the next
     * commit writes the page again). Any other failure falls back the same way: an exception here would stop
     * H2's writer and close the store.
     */
    private static BasicOutputBuffer bson(Document document) {
        BasicOutputBuffer out = BUFFERS.get();
        out.truncateToPosition(0);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(out)) {
            return writeDocument(writer, document) ? out : null;
        } catch (RuntimeException notEncodable) {
            return null;
        }
    }

    private static boolean writeDocument(BsonWriter writer, Document document) {
        writer.writeStartDocument();
        for (Map.Entry<String, Object> field : document.entrySet()) {
            writer.writeName(field.getKey());
            if (!writeValue(writer, field.getValue())) {
                return false;
            }
        }
        writer.writeEndDocument();
        return true;
    }

    /** Writes the value as mongo-java-server's encoder would, if its decoder gives back an equal value. */
    private static boolean writeValue(BsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String text) {
            writer.writeString(text);
        } else if (value instanceof Integer number) {
            writer.writeInt32(number);
        } else if (value instanceof Long number) {
            writer.writeInt64(number);
        } else if (value instanceof Double number) {
            writer.writeDouble(number);
        } else if (value instanceof Boolean yes) {
            writer.writeBoolean(yes);
        } else if (value instanceof Instant at) {
            writer.writeDateTime(at.toEpochMilli());
        } else if (value instanceof Document inner) {
            return writeDocument(writer, inner);
        } else if (value instanceof List<?> list) {
            writer.writeStartArray();
            for (Object item : list) {
                if (!writeValue(writer, item)) {
                    return false;
                }
            }
            writer.writeEndArray();
        } else if (value instanceof ObjectId id) {
            writer.writeObjectId(new org.bson.types.ObjectId(id.toByteArray()));
        } else if (value instanceof BinData data) {
            writer.writeBinaryData(new BsonBinary(data.getData()));
        } else if (value instanceof Decimal128 decimal) {
            writer.writeDecimal128(org.bson.types.Decimal128.fromIEEE754BIDEncoding(decimal.getHigh(),
                    decimal.getLow()));
        } else if (value instanceof BsonTimestamp timestamp) {
            writer.writeTimestamp(new org.bson.BsonTimestamp(timestamp.getValue()));
        } else {
            return false;
        }
        return true;
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
}
