package eu.skilltalk.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.store.Once;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import eu.skilltalk.store.Lookups;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code outbox} collection's operations. Work is found with one query per batch and then claimed item by
 * item with a {@code findAndModify} on {@code _id} (atomic, and cheap on the embedded store, which indexes
 * only {@code _id}); every claim carries a lease and this instance's id.
 */
@Component
class OutboxQueue {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final String instance = UUID.randomUUID().toString();

    OutboxQueue(MongoTemplate mongo, Clock clock, DeliveryProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Inserts the items whose ids are not waiting yet, in one command. One that was delivered already (a turn
     * applied again after a crash) is not looked up here, which would cost every reply a read of
     * {@code deliveries}: the dispatcher finds its delivery before sending and only takes it out of the queue
     * ({@link #delivered}).
     */
    void insertOnce(List<OutboxItem> items) {
        Once.insertAll(mongo, OutboxItem.class, items); // an item left out was queued when the turn ran before
    }

    void insertAll(List<OutboxItem> items) {
        mongo.insertAll(items);
    }

    /**
     * Inserts a turn's fresh replies already claimed by this instance for their first attempt, so that sending
     * them next needs no claim command ({@link #stillHeld}); those another instance queued first are left as
     * they are. The lease is kept to the millisecond, as the store keeps it, so the stored one compares equal.
     */
    void insertClaimed(List<OutboxItem> items) {
        Instant until = clock.instant().plus(properties.lease()).truncatedTo(ChronoUnit.MILLIS);
        items.forEach(item -> item.claimAtQueueing(instance, until));
        insertOnce(items);
    }

    /** Whether {@code stored} is still the claim this instance made when it queued {@code held}. */
    boolean stillHeld(OutboxItem stored, OutboxItem held) {
        return stored.status() == OutboxItem.Status.SENDING && instance.equals(stored.claimedBy())
                && held.leaseUntil().equals(stored.leaseUntil());
    }

    /** Gives a claim made at queueing a whole lease again, unless it lapsed and was taken meanwhile. */
    Optional<OutboxItem> renew(OutboxItem held) {
        Query query = Query.query(where("_id").is(held.id()).and("claimedBy").is(instance)
                .and("leaseUntil").is(held.leaseUntil()));
        Update update = new Update().set("leaseUntil", clock.instant().plus(properties.lease()));
        return Optional.ofNullable(
                mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), OutboxItem.class));
    }

    /**
     * Ids of items that may be claimed now, oldest first.
     *
     * @param scope   which items (one client, channels that are up)
     * @param forPoll whether the poll asks: it leaves fresh replies to the instance that queued them
     */
    List<OutboxItem> candidates(Criteria scope, boolean forPoll, int limit) {
        Query query = new Query(new Criteria().andOperator(scope, claimable(clock.instant(), forPoll)))
                .with(Sort.by("dueAt", "sequence")).limit(limit);
        query.fields().include("_id", "participantId", "channel");
        return mongo.find(query, OutboxItem.class);
    }

    /** A client's items in queue order, claimable or not (a waiting or claimed one holds back those behind it). */
    List<OutboxItem> inOrder(String participantId, int limit) {
        Query query = Query.query(where("participantId").is(participantId)).with(Sort.by("sequence")).limit(limit);
        query.fields().include("_id", "participantId", "channel", "status", "dueAt", "leaseUntil", "claimedBy",
                "sequence");
        return mongo.find(query, OutboxItem.class);
    }

    /** Claims one item if it is still claimable: status SENDING, a lease, this instance, one attempt more. */
    Optional<OutboxItem> claim(String id) {
        Instant now = clock.instant();
        Query query = new Query(new Criteria().andOperator(where("_id").is(id), claimable(now, false)));
        Update update = new Update().set("status", OutboxItem.Status.SENDING)
                .set("leaseUntil", now.plus(properties.lease())).set("claimedBy", instance).inc("attempts", 1);
        return Optional.ofNullable(
                mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), OutboxItem.class));
    }

    /** The rule of {@link OutboxItem#claimableAt}, as a query (the poll reads pollAfter instead of dueAt). */
    private static Criteria claimable(Instant now, boolean forPoll) {
        return new Criteria().orOperator(
                where("status").is(OutboxItem.Status.PENDING).and(forPoll ? "pollAfter" : "dueAt").lte(now),
                where("status").is(OutboxItem.Status.SENDING).and("leaseUntil").lt(now));
    }

    /**
     * Whether an earlier message of the same client (lower {@code sequence}) is still in the queue, waiting or
     * being sent: then this one waits. Order is the sequence alone, never the due time, which changes when a
     * message is postponed while another instance may be looking.
     */
    boolean hasEarlier(OutboxItem item) {
        return Lookups.exists(mongo, new Query(where("participantId").is(item.participantId()).and("_id").ne(item.id())
                .and("sequence").lt(item.sequence())), OutboxItem.class);
    }

    /** Hands a claimed item back untouched: due as before, the attempt not counted. */
    void release(OutboxItem item) {
        mongo.updateFirst(byId(item.id()), handBack(), OutboxItem.class);
    }

    /**
     * Hands back, as {@link #release} does, the claims made at queueing of {@code held} that still stand. They
     * were behind {@code waiting} (null if none), so they become due when it is, as {@link #postpone} would
     * have made them: the poll takes a client's items by due time, and would otherwise find them first, again
     * and again, and hand them back each time because an earlier one waits.
     */
    void releaseHeld(Collection<OutboxItem> held, OutboxItem waiting) {
        Update update = handBack();
        Optional.ofNullable(waiting).map(item -> mongo.findOne(byId(item.id()), OutboxItem.class))
                .ifPresent(stillThere -> update.max("dueAt", stillThere.dueAt()).max("pollAfter", stillThere.dueAt()));
        mongo.updateMulti(Query.query(where("_id").in(held.stream().map(OutboxItem::id).toList())
                .and("claimedBy").is(instance)
                .and("leaseUntil").in(held.stream().map(OutboxItem::leaseUntil).distinct().toList())),
                update, OutboxItem.class);
    }

    private static Update handBack() {
        return new Update().set("status", OutboxItem.Status.PENDING).unset("leaseUntil").unset("claimedBy")
                .inc("attempts", -1);
    }

    /**
     * Makes a claimed item wait until {@code until}, and the same client's later items with it, so they keep
     * their order. A wait that is not the message's fault (a rate limit, a resting channel) costs no attempt.
     */
    void postpone(OutboxItem item, Instant until, boolean countAttempt, String error) {
        Update update = new Update().set("status", OutboxItem.Status.PENDING).set("dueAt", until)
                .set("pollAfter", until).unset("leaseUntil").unset("claimedBy");
        if (!countAttempt) {
            update.inc("attempts", -1);
        }
        if (error != null) {
            update.set("lastError", error);
        }
        mongo.updateFirst(byId(item.id()), update, OutboxItem.class);
        mongo.updateMulti(new Query(where("participantId").is(item.participantId()).and("_id").ne(item.id())
                .and("status").is(OutboxItem.Status.PENDING).and("dueAt").lt(until)),
                new Update().set("dueAt", until).set("pollAfter", until), OutboxItem.class);
    }

    /**
     * Moves finished items out of the queue into {@code deliveries}: one insert and one delete for all of them.
     * A record stored before (the items were finished, then their instance died before taking them out of the
     * queue) is kept as it is.
     */
    void finish(List<Delivery> finished) {
        if (finished.isEmpty()) {
            return;
        }
        Once.insertAll(mongo, Delivery.class, finished);
        List<String> ids = finished.stream().map(Delivery::id).toList();
        mongo.remove(Query.query(ids.size() == 1 ? where("_id").is(ids.get(0)) : where("_id").in(ids)),
                OutboxItem.class);
    }

    /** Whether the item was sent already; then it is only taken out of the queue. */
    boolean delivered(OutboxItem item) {
        if (!Lookups.exists(mongo, byId(item.id()), Delivery.class)) {
            return false;
        }
        mongo.remove(byId(item.id()), OutboxItem.class);
        return true;
    }

    /** Gives back claims this instance holds (none, once its sends in flight have finished). */
    long releaseMine() {
        return mongo.updateMulti(new Query(where("status").is(OutboxItem.Status.SENDING).and("claimedBy").is(instance)),
                new Update().set("status", OutboxItem.Status.PENDING).unset("leaseUntil").unset("claimedBy")
                        .inc("attempts", -1), OutboxItem.class).getModifiedCount();
    }

    long depth() {
        return mongo.count(new Query(), OutboxItem.class);
    }

    /** When the oldest waiting item was queued, if any waits. */
    Optional<Instant> oldest() {
        Query query = new Query().with(Sort.by("createdAt")).limit(1);
        query.fields().include("createdAt");
        return Optional.ofNullable(mongo.findOne(query, OutboxItem.class)).map(OutboxItem::createdAt);
    }

    /** Deletes finished deliveries older than the retention. */
    long forgetDeliveriesBefore(Instant before) {
        return mongo.remove(new Query(where("finishedAt").lt(before)), Delivery.class).getDeletedCount();
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }
}
