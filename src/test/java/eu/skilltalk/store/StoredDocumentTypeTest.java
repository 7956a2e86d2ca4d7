package eu.skilltalk.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** What the embedded store writes into its file for a document, and what it reads back. */
class StoredDocumentTypeTest {

    private static final byte BSON_TAG = (byte) 0xB5;

    private final StoredDocumentType type = new StoredDocumentType();

    private static Document everyKind() {
        return new Document("_id", "kinds").append("text", "Grüße 👋").append("int", 7).append("long", 1L << 40)
                .append("double", 2.5).append("yes", true).append("none", null)
                .append("at", Instant.ofEpochMilli(1_767_600_000_000L)).append("oid", new ObjectId())
                .append("bytes", new BinData(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(new BigDecimal("1.10")))
                .append("ts", new BsonTimestamp(Instant.ofEpochSecond(1_767_600_000L), 3))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())))
                .append("keys", List.of("telegram:1", "telegram:2"));
    }

    @Test
    void aDocumentIsWrittenAsBsonAndReadsBackEqual() {
        Document document = everyKind();

        ByteBuffer written = write(document);

        assertThat(written.get(0)).isEqualTo(BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(written.remaining()).isZero();
    }

    @Test
    void theBytesAreThoseMongoJavaServersEncoderWrites() {
        // Files written since documents are BSON hold what mongo-java-server's encoder wrote; the same bytes
        // mean both read alike, and a page rewritten now reads in an earlier version of SkillTalk too.
        Document document = everyKind();
        ByteBuf expected = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, expected);

        ByteBuffer written = write(document);

        byte[] bson = Arrays.copyOfRange(written.array(), 1, written.limit());
        byte[] theirs = new byte[expected.readableBytes()];
        expected.readBytes(theirs);
        assertThat(bson).isEqualTo(theirs);
    }

    @Test
    void aValueBsonWouldGiveBackAsAnotherTypeIsWrittenAsH2DoesAndReadsBackEqual() {
        Document withUuid = new Document("_id", "u").append("nested", new Document("id", UUID.randomUUID()));
        Document withDate = new Document("_id", "d").append("list", List.of("a", new Date(0)));

        for (Document document : List.of(withUuid, withDate)) {
            ByteBuffer written = write(document);

            assertThat(written.get(0)).isNotEqualTo(BSON_TAG);
            assertThat(type.read(written)).isEqualTo(document);
        }
    }

    @Test
    void aDocumentAfterOneThatCouldNotBeBsonIsBsonAgain() {
        // the thread's buffer is reused: what the first document left in it must not leak into the next
        write(new Document("_id", "u").append("long", "x".repeat(5_000)).append("id", UUID.randomUUID()));
        Document next = new Document("_id", "n").append("text", "short");

        ByteBuffer written = write(next);

        assertThat(written.get(0)).isEqualTo(BSON_TAG);
        assertThat(type.read(written)).isEqualTo(next);
        assertThat(written.remaining()).isZero();
    }

    private ByteBuffer write(Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return written;
    }
}
