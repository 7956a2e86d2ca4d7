package eu.skilltalk.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * The storage floor: what one client message needs from the store at the least, done with the raw MongoDB
 * driver on the same embedded store (its own database), by as many threads as SkillTalk processes messages
 * on. Per message: the inbox insert (already claimed) and receipt insert; participant by address and session by
 * id (a client's first message creates both); the session write (version checked) with the turn; the answers,
 * module progress and replies (in one insert, already claimed for sending) the same step of the golden
 * transcript produced; the participant's last-seen time when it is a minute old; pending turn cleared; inbox
 * item deleted; and the replies' delivery records (one insert) and their outbox delete (one command). Documents
 * are copies of SkillTalk's own. Clients go on through the script from one turn to the next, as SkillTalk's do.
 */
final class StorageFloor {

    /** SkillTalk's documents to copy: a participant, session, answer and delivery as the run stored them. */
    record Templates(Document participant, Document session, Document answer, Document delivery) {
        static Templates from(MongoDatabase app) {
            return new Templates(first(app, "participants"), first(app, "sessions"), first(app, "answers"),
                    first(app, "deliveries"));
        }

        private static Document first(MongoDatabase db, String collection) {
            Document found = db.getCollection(collection).find().first();
            return found == null ? new Document() : found;
        }
    }

    /** How often SkillTalk writes a client's last-seen time (Turns). */
    private static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);
    private static final String REPLY = "(2/5) What do you like to do in your free time? Choose a number.";

    private final MongoDatabase db;
    private final Script script;
    private final Templates templates;
    private final int clients;
    private final AtomicLong ids = new AtomicLong();
    /** Each client's next step of the script, which is also the version of their session. */
    private final int[] position;
    /** When each client's last-seen time was last written (System.nanoTime), 0 before their first message. */
    private final long[] lastSeenWritten;
    private final int threads;
    /**
     * The same threads for every turn, so that {@link ThreadCpu} can read their CPU time after a turn (it cannot
     * read that of a thread that has ended). Daemons: they wait idle between turns and after the last.
     */
    private final ExecutorService pool;

    StorageFloor(MongoClient client, Script script, Templates templates, int clients, int threads) {
        this.db = client.getDatabase("floor");
        this.script = script;
        this.templates = templates;
        this.clients = clients;
        this.position = new int[clients];
        this.lastSeenWritten = new long[clients];
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "floor");
            thread.setDaemon(true);
            return thread;
        });
        db.drop();
        db.getCollection("participants").createIndex(Indexes.ascending("address"), new IndexOptions().unique(true));
    }

    /** Messages per second that the floor's threads push through the store, over {@code measure}. */
    double run(Duration warmup, Duration measure) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong counted = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.execute(() -> {
                try {
                    for (int c = thread; System.nanoTime() < end; c = c + threads < clients ? c + threads : thread) {
                        int version = position[c]++;
                        message(c, script.step(version), version);
                        long now = System.nanoTime();
                        if (now >= measureFrom && now < end) {
                            counted.incrementAndGet();
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await(measure.plus(warmup).toSeconds() + 60, TimeUnit.SECONDS);
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
        inbox.insertOne(new Document("_id", inboxId).append("channel", "floor").append("address", "c" + client)
                .append("text", step.text()).append("receivedAt", now).append("status", "PROCESSING")
                .append("leaseUntil", now).append("attempts", 1).append("sequence", System.nanoTime()));
        receipts.insertOne(new Document("_id", inboxId).append("receivedAt", now));
        MongoCollection<Document> participants = db.getCollection("participants");
        if (participants.find(eq("address", "floor:c" + client)).first() == null) {
            participants.insertOne(new Document(templates.participant()).append("_id", participant)
                    .append("address", "floor:c" + client).append("createdAt", now));
        }
        Document session = new Document(templates.session()).append("_id", participant).append("version", version + 1);
        if (sessions.find(eq("_id", participant)).first() == null) {
            sessions.insertOne(session);
        } else {
            sessions.replaceOne(and(eq("_id", participant), eq("version", version)), session);
        }
        for (int a = 0; a < step.answers(); a++) {
            db.getCollection("answers").insertOne(new Document(templates.answer()).append("_id", inboxId + "/a" + a)
                    .append("participantId", participant));
        }
        for (int p = 0; p < step.progress(); p++) {
            db.getCollection("progress").updateOne(eq("_id", participant),
                    set("dialogs.d" + p + ".startedAt", now), new UpdateOptions().upsert(true));
        }
        long seen = System.nanoTime();
        if (lastSeenWritten[client] == 0 || seen - lastSeenWritten[client] >= LAST_SEEN_STEP.toNanos()) {
            lastSeenWritten[client] = seen;
            db.getCollection("participants").updateOne(eq("_id", participant),
                    combine(set("language", "en"), set("lastSeenAt", now)));
        }
        List<Document> replies = new ArrayList<>();
        for (int r = 0; r < step.replies(); r++) {
            replies.add(new Document("_id", inboxId + "/" + r).append("participantId", participant)
                    .append("channel", "floor").append("address", "c" + client).append("text", REPLY)
                    .append("status", "SENDING").append("leaseUntil", now).append("claimedBy", "floor")
                    .append("dueAt", now).append("pollAfter", now).append("createdAt", now)
                    .append("sequence", System.nanoTime()).append("attempts", 1));
        }
        if (!replies.isEmpty()) {
            outbox.insertMany(replies, new InsertManyOptions().ordered(false));
        }
        sessions.updateOne(eq("_id", participant), unset("pending"));
        inbox.deleteOne(eq("_id", inboxId));
        List<Document> deliveries = new ArrayList<>();
        for (int r = 0; r < step.replies(); r++) {
            deliveries.add(new Document(templates.delivery()).append("_id", inboxId + "/" + r)
                    .append("participantId", participant));
        }
        if (deliveries.size() == 1) {
            db.getCollection("deliveries").insertOne(deliveries.get(0));
            outbox.deleteOne(eq("_id", deliveries.get(0).get("_id")));
        } else if (!deliveries.isEmpty()) {
            db.getCollection("deliveries").insertMany(deliveries, new InsertManyOptions().ordered(false));
            outbox.deleteMany(in("_id", deliveries.stream().map(d -> d.get("_id")).toList()));
        }
    }
}
