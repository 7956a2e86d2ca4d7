package eu.skilltalk.delivery;

import eu.skilltalk.dialog.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The outbox: messages are stored here before any send, then claimed one at a time with an atomic
 * {@code findAndModify} lease, so several instances share the work and none sends twice. Replies to a
 * client go out at once ({@link #sendNow}); anything left (retries, scheduled messages, a crashed
 * instance's claims) is picked up by a poll.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** The poll leaves fresh items to the instance that just queued them, so a client's replies keep their order. */
    private static final Duration POLL_GRACE = Duration.ofSeconds(3);

    private final MongoTemplate mongo;
    private final Map<String, ChannelSender> senders;
    private final Clock clock;
    private final DeliveryProperties properties;

    public Outbox(MongoTemplate mongo, List<ChannelSender> senders, Clock clock, DeliveryProperties properties) {
        this.mongo = mongo;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.clock = clock;
        this.properties = properties;
    }

    /** Queues replies for a client, due now or at {@code dueAt}. */
    public void enqueue(String participantId, String channel, String address, List<Reply> replies, Instant dueAt) {
        Instant now = clock.instant();
        long base = now.toEpochMilli() * 1000;
        List<OutboxItem> items = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            items.add(new OutboxItem(UUID.randomUUID().toString(), participantId, channel, address, reply.text(),
                    reply.choices(), reply.imageUrl(), dueAt, now, base + i));
        }
        mongo.insertAll(items);
    }

    /** Sends this client's due messages now, in order. */
    public void sendNow(String participantId) {
        Criteria mine = Criteria.where("participantId").is(participantId);
        OutboxItem item;
        while ((item = claim(mine, clock.instant())) != null) {
            send(item);
        }
    }

    /** Sends whatever is due and not claimed by a live instance. */
    @Scheduled(fixedDelayString = "${skilltalk.delivery.poll:1s}")
    public void sendDue() {
        Instant before = clock.instant().minus(POLL_GRACE);
        for (int i = 0; i < properties.batch(); i++) {
            OutboxItem item = claim(new Criteria(), before);
            if (item == null) {
                return;
            }
            send(item);
        }
    }

    /** Number of messages waiting (for health and tests). */
    public long waiting() {
        return mongo.count(new Query(), OutboxItem.class);
    }

    private OutboxItem claim(Criteria scope, Instant dueBy) {
        Instant now = clock.instant();
        Criteria due = new Criteria().orOperator(
                Criteria.where("status").is(OutboxItem.Status.PENDING).and("dueAt").lte(dueBy),
                Criteria.where("status").is(OutboxItem.Status.SENDING).and("leaseUntil").lt(now));
        Query query = new Query(new Criteria().andOperator(scope, due))
                .with(Sort.by("dueAt", "sequence"));
        Update update = new Update().set("status", OutboxItem.Status.SENDING)
                .set("leaseUntil", now.plus(properties.lease())).inc("attempts", 1);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), OutboxItem.class);
    }

    private void send(OutboxItem item) {
        ChannelSender sender = senders.get(item.channel());
        try {
            if (sender == null) {
                throw new DeliveryException("channel " + item.channel() + " is not configured", false, null);
            }
            String providerId = sender.send(item);
            finish(item, Delivery.Outcome.SENT, providerId, null);
        } catch (DeliveryException e) {
            if (e.permanent() || item.attempts() >= properties.maxAttempts()) {
                log.warn("Giving up message {} on {} after {} attempts: {}", item.id(), item.channel(),
                        item.attempts(), e.getMessage());
                finish(item, Delivery.Outcome.FAILED, null, e.getMessage());
            } else {
                Duration wait = e.retryAfter() != null ? e.retryAfter() : backoff(item.attempts());
                log.info("Message {} on {} will be retried in {}: {}", item.id(), item.channel(), wait, e.getMessage());
                mongo.updateFirst(Query.query(Criteria.where("_id").is(item.id())),
                        new Update().set("status", OutboxItem.Status.PENDING).set("dueAt", clock.instant().plus(wait))
                                .set("lastError", e.getMessage()).unset("leaseUntil"),
                        OutboxItem.class);
            }
        }
    }

    /** Exponential backoff with full jitter: up to firstRetry * 2^(attempts-1). */
    private Duration backoff(int attempts) {
        long cap = properties.firstRetry().toMillis() << Math.min(attempts - 1, 16);
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    private void finish(OutboxItem item, Delivery.Outcome outcome, String providerId, String error) {
        mongo.save(new Delivery(item.id(), item.participantId(), item.channel(), outcome, providerId,
                item.attempts(), error, item.createdAt(), clock.instant()));
        mongo.remove(Query.query(Criteria.where("_id").is(item.id())), OutboxItem.class);
    }
}
