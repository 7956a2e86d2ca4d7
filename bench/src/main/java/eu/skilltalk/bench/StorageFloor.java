package eu.skilltalk.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The storage floor: what one client message needs from the store at the least, done with the raw MongoDB
 * driver on the same embedded store (its own database), by as many threads as SkillTalk processes messages
 * on. Per message: the receipt check, inbox insert, receipt insert and claim; participant by address and
 * session by id; the session write (version checked) with the turn; the answers and replies the same step of
 * the golden transcript produced; participant update; pending turn cleared; inbox item deleted; and per reply
 * the claim, the delivery record and the outbox delete. Documents are copies of SkillTalk's own.
 */
final class StorageFloor {

    /** SkillTalk's documents to copy: a session, an answer and a delivery record as the run stored them. */
    record Templates(Document session, Document answer, Document delivery) {
        static Templates from(MongoDatabase app) {
            return new Templates(first(app, "sessions"), first(app, "answers"), first(app, "deliveries"));
        }

        private static Document first(MongoDatabase db, String collection) {
            Document found = db.getCollection(collection).find().first();
            return found == null ? new Document() : found;
        }
    }

    private static final String REPLY = "(2/5) What do you like to do in your free time? Choose a number.";

    private final MongoDatabase db;
    private final Script script;
    private final Templates templates;
    private final int clients;
    private final AtomicLong ids = new AtomicLong();

    StorageFloor(MongoClient client, Script script, Templates templates, int clients) {
        this.db = client.getDatabase("floor");
        this.script = script;
        this.templates = templates;
        this.clients = clients;
    }

    /** Messages per second that {@code threads} threads push through the store, over {@code measure}. */
    double run(int threads, Duration warmup, Duration measure) throws InterruptedException {
        db.drop();
        MongoCollection<Document> participants = db.getCollection("participants");
        participants.createIndex(Indexes.ascending("address"), new IndexOptions().unique(true));
        List<Document> people = new ArrayList<>();
        List<Document> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            people.add(new Document("_id", "p" + c).append("address", "floor:c" + c).append("channel", "floor")
                    .append("language", "en").append("createdAt", new Date()));
            sessions.add(new Document(templates.session()).append("_id", "p" + c).append("version", 0L));
        }
        participants.insertMany(people);
        db.getCollection("sessions").insertMany(sessions);

        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong counted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.execute(() -> {
                int[] position = new int[clients];
                long[] version = new long[clients];
                for (int c = thread; System.nanoTime() < end; c = c + threads < clients ? c + threads : thread) {
                    message(c, script.step(position[c]++), version[c]++);
                    done.incrementAndGet();
                    long now = System.nanoTime();
                    if (now >= measureFrom && now < end) {
                        counted.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(measure.plus(warmup).toSeconds() + 60, TimeUnit.SECONDS);
        return counted.get() / (measure.toNanos() / 1e9);
    }

    private void message(int client, Script.Step step, long version) {
        String participant = "p" + client;
        String inboxId = "floor:m" + ids.incrementAndGet();
        Date now = new Date();
        MongoCollection<Document> inbox = db.getCollection("inbox");
        MongoCollection<Document> receipts = db.getCollection("inbound_receipts");
        MongoCollection<Document> sessions = db.getCollection("sessions");
        MongoCollection<Document> outbox = db.getCollection("outbox");
        receipts.find(eq("_id", inboxId)).first();
        inbox.insertOne(new Document("_id", inboxId).append("channel", "floor").append("address", "c" + client)
                .append("text", step.text()).append("receivedAt", now).append("status", "PENDING")
                .append("attempts", 0).append("sequence", System.nanoTime()));
        receipts.insertOne(new Document("_id", inboxId).append("receivedAt", now));
        inbox.findOneAndUpdate(eq("_id", inboxId), combine(set("status", "PROCESSING"), set("leaseUntil", now),
                inc("attempts", 1)));
        db.getCollection("participants").find(eq("address", "floor:c" + client)).first();
        sessions.find(eq("_id", participant)).first();
        sessions.replaceOne(and(eq("_id", participant), eq("version", version)),
                new Document(templates.session()).append("_id", participant).append("version", version + 1));
        for (int a = 0; a < step.answers(); a++) {
            db.getCollection("answers").insertOne(new Document(templates.answer()).append("_id", inboxId + "/a" + a)
                    .append("participantId", participant));
        }
        db.getCollection("participants").updateOne(eq("_id", participant),
                combine(set("language", "en"), set("lastSeenAt", now)));
        for (int r = 0; r < step.replies(); r++) {
            outbox.insertOne(new Document("_id", inboxId + "/" + r).append("participantId", participant)
                    .append("channel", "floor").append("address", "c" + client).append("text", REPLY)
                    .append("status", "PENDING").append("dueAt", now).append("pollAfter", now).append("createdAt", now)
                    .append("sequence", System.nanoTime()).append("attempts", 0));
        }
        sessions.updateOne(eq("_id", participant), unset("pending"));
        inbox.deleteOne(eq("_id", inboxId));
        for (int r = 0; r < step.replies(); r++) {
            String id = inboxId + "/" + r;
            outbox.findOneAndUpdate(eq("_id", id), combine(set("status", "SENDING"), set("leaseUntil", now)));
            db.getCollection("deliveries").insertOne(new Document(templates.delivery()).append("_id", id)
                    .append("participantId", participant));
            outbox.deleteOne(eq("_id", id));
        }
    }
}
