package eu.skilltalk.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.bson.BsonBinarySubType;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.bson.BsonRegularExpression;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded H2 store answers queries that name an {@code _id} among other conditions, and pages in {@code _id}
 * order, exactly as MongoDB does; what it stored reads back the same after a restart, also from files written
 * before it stored documents as BSON.
 */
class DurableH2BackendTest {

    private static final Duration FLUSH_EVERY = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> items;

    @BeforeEach
    void start() {
        open();
        items.insertMany(List.of(new Document("_id", "a").append("status", "PENDING").append("version", 1),
                new Document("_id", "b").append("status", "PENDING").append("version", 1)));
    }

    private void open() {
        server = new MongoServer(new DurableH2Backend(folder.resolve("store.mv.db").toString(), FLUSH_EVERY));
        client = MongoClients.create(server.bindAndGetConnectionString());
        items = client.getDatabase("test").getCollection("items");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void anIdWithMoreConditionsFindsThatDocumentOnlyWhenAllHold() {
        assertThat(ids(and(eq("_id", "a"), eq("status", "PENDING")))).containsExactly("a");
        assertThat(ids(new Document("_id", "a").append("status", "SENT"))).isEmpty();
        assertThat(ids(new Document("_id", "missing").append("status", "PENDING"))).isEmpty();
    }

    @Test
    void aVersionedSaveChangesNothingWhenTheVersionMoved() {
        assertThat(items.updateOne(new Document("_id", "a").append("version", 0), Updates.set("status", "X"))
                .getModifiedCount()).isZero();
        assertThat(items.updateOne(new Document("_id", "a").append("version", 1), Updates.set("status", "X"))
                .getModifiedCount()).isOne();
        assertThat(ids(eq("status", "X"))).containsExactly("a");
    }

    @Test
    void aClaimWithAnIdInsideAndTakesOnlyThatDocument() {
        Document claimed = items.findOneAndUpdate(
                new Document("$and", List.of(new Document("_id", "b"),
                        new Document("$or", List.of(new Document("status", "PENDING"), new Document("lease", 1))))),
                Updates.set("status", "CLAIMED"));

        assertThat(claimed.getString("_id")).isEqualTo("b");
        assertThat(ids(eq("status", "CLAIMED"))).containsExactly("b");
        assertThat(ids(and(or(eq("_id", "a"), eq("_id", "b")), eq("status", "PENDING")))).containsExactly("a");
    }

    @Test
    void anIdOperatorIsAConditionLikeAnyOther() {
        assertThat(ids(and(ne("_id", "a"), eq("status", "PENDING")))).containsExactly("b");
    }

    @Test
    void anIdListWithMoreConditionsFindsOnlyListedDocumentsThatMatch() {
        assertThat(ids(and(in("_id", "a", "b", "missing"), eq("status", "PENDING")))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(and(in("_id", "a", "b"), gt("_id", "a"), eq("status", "PENDING")))).containsExactly("b");
    }

    @Test
    void anIdAloneFindsItsDocumentWhateverItsType() {
        ObjectId objectId = new ObjectId();
        items.insertMany(List.of(new Document("_id", objectId).append("status", "PENDING"),
                new Document("_id", 2).append("status", "PENDING")));

        assertThat(items.find(eq("_id", "b")).first()).containsEntry("status", "PENDING");
        assertThat(items.find(eq("_id", objectId)).first()).containsEntry("_id", objectId);
        assertThat(items.find(eq("_id", new ObjectId())).first()).isNull();
        // MongoDB equates the numbers 2, 2L and 2.0 as ids, as it does everywhere.
        assertThat(items.find(eq("_id", 2L)).first()).containsEntry("_id", 2);
        assertThat(items.find(in("_id", 2.0, "a", "a")).into(new ArrayList<>())).hasSize(2);
        assertThat(items.deleteOne(eq("_id", objectId)).getDeletedCount()).isOne();
        assertThat(items.find(eq("_id", objectId)).first()).isNull();
    }

    @Test
    void pagesInIdOrderAfterACursorGiveEveryMatchOnceInOrder() {
        List<Document> members = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Inserted out of order, and two of three in another cohort.
            members.add(new Document("_id", "p" + (i * 7919 % 300)).append("cohort", i % 3 == 0 ? "c" : "d")
                    .append("stopped", i % 10 == 0));
        }
        items.insertMany(members);
        List<String> expected = members.stream()
                .filter(m -> m.getString("cohort").equals("c") && !m.getBoolean("stopped"))
                .map(m -> m.getString("_id")).sorted().toList();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        List<String> page;
        do {
            Bson filter = and(eq("cohort", "c"), ne("stopped", true));
            page = items.find(cursor == null ? filter : and(filter, gt("_id", cursor))).sort(Sorts.ascending("_id"))
                    .limit(7).map(d -> d.getString("_id")).into(new ArrayList<>());
            paged.addAll(page);
            cursor = page.isEmpty() ? cursor : page.get(page.size() - 1);
        } while (page.size() == 7);

        assertThat(paged).hasSize(90).isEqualTo(expected);
    }

    @Test
    void idsOfSeveralTypesAreStillSortedAsMongoDbSortsThem() {
        items.insertMany(List.of(new Document("_id", 2).append("status", "PENDING"),
                new Document("_id", 10).append("status", "PENDING")));

        assertThat(items.find(eq("status", "PENDING")).sort(Sorts.ascending("_id")).limit(3)
                .map(d -> String.valueOf(d.get("_id"))).into(new ArrayList<>())).containsExactly("2", "10", "a");
    }

    @Test
    void storedDocumentsAndUniqueIdsSurviveARestart() {
        stop();
        open();

        assertThat(ids(new Document("_id", "a").append("status", "PENDING"))).containsExactly("a");
        assertThat(items.countDocuments()).isEqualTo(2);
    }

    @Test
    void documentsOfEveryKindReadBackTheSameAfterARestart() {
        Document stored = new Document("_id", "kinds").append("text", "Grüße 👋").append("int", 7)
                .append("long", 1L << 40).append("double", 2.5).append("yes", true).append("none", null)
                .append("at", new Date(1_767_600_000_000L)).append("oid", new ObjectId())
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("decimal", new Decimal128(new BigDecimal("1.10")))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())));
        // A type the BSON form is not used for: written as H2 writes it.
        Document odd = new Document("_id", "odd").append("pattern", new BsonRegularExpression("^a", "i"));
        items.insertMany(List.of(stored, odd));
        items.updateOne(eq("_id", "a"), Updates.set("status", "CHANGED"));

        stop();
        open();

        assertThat(items.find(eq("_id", "kinds")).first()).isEqualTo(stored);
        assertThat(items.find(eq("_id", "odd")).first()).isEqualTo(odd);
        assertThat(items.find(eq("_id", "a")).first()).containsEntry("status", "CHANGED");
    }

    @Test
    void aStoreWrittenBeforeDocumentsWereBsonStillReadsAndChanges() {
        stop();
        Path file = folder.resolve("earlier.mv.db");
        MongoServer earlier = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient before = MongoClients.create(earlier.bindAndGetConnectionString())) {
            before.getDatabase("test").getCollection("items").insertMany(List.of(
                    new Document("_id", "old").append("status", "PENDING").append("at", new Date(0)),
                    new Document("_id", "older").append("status", "PENDING")));
        } finally {
            earlier.shutdown();
        }
        server = new MongoServer(new DurableH2Backend(file.toString(), FLUSH_EVERY));
        client = MongoClients.create(server.bindAndGetConnectionString());
        items = client.getDatabase("test").getCollection("items");

        assertThat(items.find(eq("_id", "old")).first()).containsEntry("at", new Date(0));
        items.updateOne(eq("_id", "old"), Updates.set("status", "DONE"));
        assertThat(ids(eq("status", "PENDING"))).containsExactly("older");
        assertThat(ids(eq("status", "DONE"))).containsExactly("old");
    }

    @Test
    void uniqueIndexesKeepH2sOrderSoFilesOfEitherBackendFindEveryKey() {
        stop();
        Path file = folder.resolve("people.mv.db");
        withStore(new H2Backend(file.toString()), people -> {
            people.createIndex(Indexes.ascending("address"), new IndexOptions().unique(true));
            people.insertMany(people(0, 2_000));
        });
        withStore(new DurableH2Backend(file.toString(), FLUSH_EVERY), people -> {
            assertEveryAddressFound(people, 0, 2_000);
            people.insertMany(people(2_000, 4_000));
            assertEveryAddressFound(people, 0, 4_000);
        });
        // H2 with its own key type, as a downgrade would read the index (documents are BSON by now)
        MVStore plain = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Object> index = plain.openMap("test.people._index_address_1");
            assertThat(people(0, 4_000)).allSatisfy(person -> assertThat(
                    index.get(new KeyValue(person.get("address")).normalized())).isEqualTo(person.get("_id")));
        } finally {
            plain.close();
        }
        open(); // for stop()
    }

    @Test
    void everyWriteIsInTheFileOnceAcknowledgedAlsoWhenWritersShareACommit() throws Exception {
        MongoCollection<Document> people = client.getDatabase("test").getCollection("people");
        people.createIndex(Indexes.ascending("address"), new IndexOptions().unique(true));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int from = writer * 100;
                written.add(writers.submit(() -> people(from, from + 100).forEach(people::insertOne)));
            }
            for (Future<?> done : written) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        // The file as a process killed at this moment leaves it: no close, no flush.
        Path killed = folder.resolve("killed.mv.db");
        Files.copy(folder.resolve("store.mv.db"), killed);

        withStore(new DurableH2Backend(killed.toString(), FLUSH_EVERY),
                copy -> assertEveryAddressFound(copy, 0, 400));
    }

    private void withStore(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer store = new MongoServer(backend);
        try (MongoClient connected = MongoClients.create(store.bindAndGetConnectionString())) {
            use.accept(connected.getDatabase("test").getCollection("people"));
        } finally {
            store.shutdown();
        }
    }

    /** Addresses of several shapes and types, in no order, so the index's pages hold a mix. */
    private static List<Document> people(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Document("_id", "p" + i).append("address",
                i % 5 == 0 ? (Object) (i * 1_000_003L) : i % 2 == 0 ? "sms:+3247" + (i * 7919 % 1_000_000)
                        : "telegram:" + i)).toList();
    }

    private static void assertEveryAddressFound(MongoCollection<Document> people, int from, int to) {
        for (Document person : people(from, to)) {
            assertThat(people.find(eq("address", person.get("address"))).first()).as(person.toJson()).isNotNull();
        }
        Document taken = people(from + 1, from + 2).get(0);
        assertThatThrownBy(() -> people.insertOne(new Document("address", taken.get("address"))))
                .as("an address stored before is still taken").isInstanceOf(MongoWriteException.class);
    }

    private List<String> ids(Bson filter) {
        return items.find(filter).map(d -> d.getString("_id")).into(new ArrayList<>());
    }
}
