package eu.skilltalk.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Inbound messages between the webhook and the conversation: stored first (a MessageSid only once), handled on
 * the sender's lane, removed when done. A poll picks up what a crash or a failure left behind.
 */
@Component
@TwilioEnabled
class SmsInbox {

    private static final Logger log = LoggerFactory.getLogger(SmsInbox.class);
    /** How long one worker holds a message; a failed one is tried again after this. */
    static final Duration LEASE = Duration.ofMinutes(1);
    /** The poll leaves fresh messages to the lane they were queued on, so a sender's order holds. */
    static final Duration GRACE = Duration.ofSeconds(30);
    static final Duration KEEP_RECEIPTS = Duration.ofDays(7);
    static final int MAX_ATTEMPTS = 5;
    private static final int POLL_BATCH = 100;

    private final MongoTemplate mongo;
    private final SenderLanes lanes;
    private final InboundSmsHandler handler;
    private final Clock clock;

    SmsInbox(MongoTemplate mongo, SenderLanes lanes, InboundSmsHandler handler, Clock clock) {
        this.mongo = mongo;
        this.lanes = lanes;
        this.handler = handler;
        this.clock = clock;
    }

    /**
     * Stores a message and queues it on its sender's lane; false when this MessageSid was taken before. The
     * message is stored before its receipt, so a failure in between loses nothing: Twilio retries, and the
     * conversation's own dedupe catches a message handled twice.
     */
    boolean accept(String sid, TwilioChannel channel, String number, String text, String optOutType) {
        Instant now = clock.instant();
        InboundSms sms = new InboundSms(sid, channel.id(), number, text, optOutType, now, null, 0);
        try {
            mongo.insert(sms);
        } catch (DuplicateKeyException stillWaiting) {
            return false;
        }
        try {
            mongo.insert(new SmsReceipt(sid, now));
        } catch (DuplicateKeyException handledBefore) {
            remove(sid);
            return false;
        }
        lanes.submit(sms.address(), () -> handle(sid));
        return true;
    }

    /** Number of messages not handled yet (for health and tests). */
    long waiting() {
        return mongo.count(new Query(), InboundSms.class);
    }

    private void handle(String sid) {
        InboundSms sms = claim(sid);
        if (sms == null) {
            return;
        }
        try {
            handler.handle(sms);
            remove(sid);
        } catch (RuntimeException e) {
            // The exception's message may quote a phone number or the text, so only its type is logged.
            if (sms.attempts() >= MAX_ATTEMPTS) {
                log.error("Giving up inbound message {} after {} attempts: {}", sid, sms.attempts(), e.getClass().getName());
                remove(sid);
            } else {
                log.warn("Inbound message {} failed (attempt {}), will retry: {}", sid, sms.attempts(), e.getClass().getName());
            }
        }
    }

    private InboundSms claim(String sid) {
        Instant now = clock.instant();
        return mongo.findAndModify(query(where("_id").is(sid).orOperator(free(now))),
                new Update().set("leaseUntil", now.plus(LEASE)).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), InboundSms.class);
    }

    private void remove(String sid) {
        mongo.remove(query(where("_id").is(sid)), InboundSms.class);
    }

    private static Criteria[] free(Instant now) {
        return new Criteria[] {where("leaseUntil").is(null), where("leaseUntil").lt(now)};
    }

    /** Queues what was left behind (a restart, a failure whose lease ran out), oldest first. */
    @Scheduled(fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
    void recover() {
        Instant now = clock.instant();
        mongo.find(query(where("receivedAt").lt(now.minus(GRACE)).orOperator(free(now)))
                .with(Sort.by("receivedAt")).limit(POLL_BATCH), InboundSms.class)
                .forEach(sms -> lanes.submit(sms.address(), () -> handle(sms.sid())));
    }

    /** Receipts only need to outlive Twilio's retries; deleted on a schedule (the embedded store has no TTL). */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void forgetOldReceipts() {
        mongo.remove(query(where("receivedAt").lt(clock.instant().minus(KEEP_RECEIPTS))), SmsReceipt.class);
    }
}
