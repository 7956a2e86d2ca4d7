package eu.skilltalk.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A client's waiting messages read from the embedded H2 store over the driver, as {@code Outbox.sendNow} reads
 * them before every reply, while {@code waiting} messages of other clients are queued: from the queue, whose
 * index the store keeps in memory ({@link EqualityIndex}), and, as the baseline in the same run, from the same
 * documents in a collection that is no queue, which the store reads in full.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QueueReadBenchmark {

    /** Messages waiting in the queue, two a client (a busy instance's outbox holds thousands). */
    @Param({"200", "2000", "20000"})
    public int waiting;

    private BenchStore store;
    private MongoCollection<Document> queue;
    private MongoCollection<Document> fullRead;

    @Setup
    public void fill() throws IOException {
        store = new BenchStore("queue-read");
        MongoDatabase database = store.database();
        queue = database.getCollection("outbox");
        fullRead = database.getCollection("answers");
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            items.add(new Document("_id", "m" + i + "/0").append("participantId", "p" + i / 2)
                    .append("channel", "sms").append("status", "SENDING").append("sequence", i)
                    .append("text", "(2/5) What do you like to do in your free time? Choose a number."));
        }
        for (MongoCollection<Document> collection : List.of(queue, fullRead)) {
            collection.createIndex(Indexes.ascending("participantId", "sequence"));
            collection.insertMany(items.stream().map(Document::new).toList());
        }
    }

    @Benchmark
    public List<Document> fromQueue() {
        return read(queue);
    }

    @Benchmark
    public List<Document> fromFullRead() {
        return read(fullRead);
    }

    private List<Document> read(MongoCollection<Document> collection) {
        String participant = "p" + ThreadLocalRandom.current().nextInt(waiting / 2);
        return collection.find(Filters.eq("participantId", participant)).sort(Sorts.ascending("sequence")).limit(20)
                .into(new ArrayList<>());
    }

    @TearDown
    public void stop() throws IOException {
        store.close();
    }
}
