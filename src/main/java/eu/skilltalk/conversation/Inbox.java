package eu.skilltalk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.limits.LimitsProperties;
import eu.skilltalk.store.Once;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code inbox} and {@code inbound_receipts} collections: inbound messages stored (deduplicated) before
 * they are acknowledged, claimed for processing with a lease by the instance that stores them (an instance that
 * dies leaves them to the sweep of another once the lease has run out), deleted once their turn ran.
 */
@Component
class Inbox {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ConversationProperties properties;
    /** Longer texts are cut before anything else sees them; no question takes more. */
    private final int maxText;
    private final AtomicLong lastSequence = new AtomicLong();

    Inbox(MongoTemplate mongo, Clock clock, ConversationProperties properties, LimitsProperties limits) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
        this.maxText = limits.maxText();
    }

    /**
     * Stores a message; empty when the channel delivered it before (it is stored or was handled already). The
     * message goes in first and its receipt second, so that a receipt always means the message is stored or
     * done: a receipt found then was left by an earlier delivery that is done, and this copy goes again. Looking
     * for the receipt first would cost every message a read.
     */
    Optional<InboxItem> store(InboundMessage message) {
        Instant now = clock.instant();
        boolean external = message.externalId() != null;
        String id = external ? message.channel() + ":" + message.externalId() : UUID.randomUUID().toString();
        String text = message.text() == null || message.text().length() <= maxText ? message.text()
                : message.text().substring(0, cut(message.text()));
        long sequence = lastSequence.updateAndGet(last -> Math.max(last + 1, now.toEpochMilli() * 1000));
        InboxItem item = new InboxItem(id, message, text, now, sequence,
                now.plus(properties.sweepAfter()).truncatedTo(ChronoUnit.MILLIS));
        if (!Once.insert(mongo, item)) {
            return Optional.empty(); // being handled: stored by an earlier delivery of the same message
        }
        if (external && !remember(id, now)) {
            mongo.remove(byId(id), InboxItem.class); // handled before
            return Optional.empty();
        }
        return Optional.of(item);
    }

    /**
     * The message this instance stored, to process: as it was stored (claimed with it) while that claim runs, which
     * costs no command; claimed again once it has run out, unless another instance took it meanwhile. Near the end
     * of the claim both instances may process it; its turn still runs once (see {@link Turns}).
     */
    Optional<InboxItem> take(InboxItem stored) {
        return clock.instant().isBefore(stored.leaseUntil()) ? Optional.of(stored) : claim(stored.id());
    }

    /** Claims a stored message for processing, unless another instance holds it. */
    Optional<InboxItem> claim(String id) {
        Instant now = clock.instant();
        Query query = new Query(new Criteria().andOperator(where("_id").is(id), new Criteria().orOperator(
                where("status").is(InboxItem.Status.PENDING),
                where("status").is(InboxItem.Status.PROCESSING).and("leaseUntil").lt(now))));
        Update update = new Update().set("status", InboxItem.Status.PROCESSING)
                .set("leaseUntil", now.plus(properties.lease())).inc("attempts", 1);
        return Optional.ofNullable(
                mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), InboxItem.class));
    }

    /** Messages whose processing did not happen in time (their instance stopped or died), oldest first. */
    List<InboxItem> left(int limit) {
        Instant now = clock.instant();
        Query query = new Query(new Criteria().orOperator(
                where("status").is(InboxItem.Status.PENDING).and("receivedAt").lt(now.minus(properties.sweepAfter())),
                where("status").is(InboxItem.Status.PROCESSING).and("leaseUntil").lt(now)))
                .with(Sort.by("receivedAt", "sequence")).limit(limit);
        query.fields().include("_id", "channel", "address");
        return mongo.find(query, InboxItem.class);
    }

    /**
     * Deletes a processed message (and its text); its receipt stays to recognise redeliveries.
     *
     * @param receiptStored whether this instance stored the message, and with it its receipt ({@link #store}
     *                      returned it); otherwise the receipt is stored now, in case its instance died in between
     */
    void done(InboxItem item, boolean receiptStored) {
        if (item.externalId() != null && !receiptStored) {
            remember(item.id(), item.receivedAt());
        }
        mongo.remove(byId(item.id()), InboxItem.class);
    }

    long depth() {
        return mongo.count(new Query(), InboxItem.class);
    }

    long forgetReceiptsBefore(Instant before) {
        return mongo.remove(new Query(where("receivedAt").lt(before)), InboundReceipt.class).getDeletedCount();
    }

    /** Where to cut a long text: at {@code maxText}, but never between the two halves of an emoji. */
    private int cut(String text) {
        return Character.isHighSurrogate(text.charAt(maxText - 1)) ? maxText - 1 : maxText;
    }

    /** Stores the receipt unless it was stored before; returns whether it is new. */
    private boolean remember(String id, Instant receivedAt) {
        return Once.insert(mongo, new InboundReceipt(id, receivedAt));
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }
}
