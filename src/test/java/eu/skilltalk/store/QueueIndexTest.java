package eu.skilltalk.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store keeps the declared indexes of its queues in memory ({@link EqualityIndex}): a client's
 * waiting messages are found from the index, and every query gets the same documents, in the same order, as
 * the same query on a collection the store reads in full; after inserts, changes, deletes and a restart.
 */
class QueueIndexTest {

    @TempDir
    Path folder;

    private MongoServer server;
    private MongoClient client;
    /** A queue: its index on participantId is kept in memory. */
    private MongoCollection<Document> outbox;
    /** The same documents and index in a collection that is no queue: read in full for every query. */
    private MongoCollection<Document> plain;

    @BeforeEach
    void start() {
        open();
        for (MongoCollection<Document> collection : List.of(outbox, plain)) {
            collection.createIndex(Indexes.ascending("participantId", "sequence"));
            collection.insertMany(List.of(item("a1", "alice", 3), item("a2", "alice", 1), item("b1", "bob", 2),
                    item("n1", null, 4), new Document("_id", "m1").append("sequence", 5),
                    new Document("_id", "l1").append("participantId", List.of("alice", "carol")).append("sequence", 6)));
        }
    }

    private void open() {
        server = new MongoServer(new DurableH2Backend(folder.resolve("store.mv.db").toString(), Duration.ofSeconds(1)));
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("test");
        outbox = database.getCollection("outbox");
        plain = database.getCollection("answers");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aClientsMessagesComeInQueueOrderAsFromAFullRead() {
        assertSameAnswers();
        assertThat(ids(outbox, eq("participantId", "alice"), Sorts.ascending("sequence")))
                .containsExactly("a2", "a1", "l1");
        assertThat(indexedKeys()).as("the documents with a value, as the index holds them").isEqualTo(4);
    }

    @Test
    void changesMoveDocumentsBetweenClients() {
        for (MongoCollection<Document> collection : List.of(outbox, plain)) {
            collection.updateOne(eq("_id", "a1"), Updates.set("participantId", "bob"));
            collection.updateOne(eq("_id", "b1"), Updates.unset("participantId"));
            collection.updateOne(eq("_id", "n1"), Updates.set("participantId", "carol"));
            collection.updateOne(eq("_id", "l1"), Updates.set("participantId", "dave"));
            collection.updateOne(eq("_id", "a2"), Updates.set("status", "SENDING"));
            collection.deleteOne(eq("_id", "m1"));
        }

        assertSameAnswers();
        assertThat(ids(outbox, eq("participantId", "bob"), null)).containsExactly("a1");
        assertThat(ids(outbox, eq("participantId", "carol"), null)).containsExactly("n1");
        assertThat(ids(outbox, and(eq("participantId", "alice"), eq("status", "SENDING")), null))
                .containsExactly("a2");
        assertThat(indexedKeys()).as("one key a document, wherever it moved").isEqualTo(4);
    }

    @Test
    void deletedMessagesAreGoneAndNewOnesFound() {
        for (MongoCollection<Document> collection : List.of(outbox, plain)) {
            collection.deleteMany(eq("participantId", "alice"));
            collection.insertOne(item("a3", "alice", 7));
        }

        assertSameAnswers();
        assertThat(ids(outbox, eq("participantId", "alice"), null)).containsExactly("a3");
        assertThat(indexedKeys()).isEqualTo(2);
    }

    @Test
    void theIndexIsBuiltAgainAfterARestart() {
        stop();
        open();
        outbox.insertOne(item("c1", "carol", 8));
        plain.insertOne(item("c1", "carol", 8));

        assertSameAnswers();
        assertThat(ids(outbox, eq("participantId", "carol"), Sorts.ascending("sequence"))).containsExactly("l1", "c1");
        assertThat(indexedKeys()).isEqualTo(5);
    }

    /** Every query shape the application sends about a client gets the same answer from both collections. */
    private void assertSameAnswers() {
        List<Bson> filters = List.of(eq("participantId", "alice"), eq("participantId", "bob"),
                eq("participantId", "carol"), eq("participantId", "nobody"),
                and(eq("participantId", "alice"), eq("sequence", 1)), in("participantId", "alice", "bob"),
                eq("participantId", null), new Document());
        for (Bson filter : filters) {
            for (Bson order : new Bson[] {null, Sorts.ascending("sequence"), Sorts.descending("sequence")}) {
                assertThat(ids(outbox, filter, order)).as(filter + " " + order).isEqualTo(ids(plain, filter, order));
            }
        }
    }

    /** Keys in the queue's participantId index, as the store's {@code validate} command counts them. */
    private int indexedKeys() {
        Document validated = client.getDatabase("test").runCommand(new Document("validate", "outbox"));
        return ((Number) validated.get("keysPerIndex", Document.class).get("participantId_1_sequence_1")).intValue();
    }

    private static List<String> ids(MongoCollection<Document> collection, Bson filter, Bson order) {
        return collection.find(filter).sort(order).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static Document item(String id, String participant, int sequence) {
        return new Document("_id", id).append("participantId", participant).append("sequence", sequence);
    }
}
