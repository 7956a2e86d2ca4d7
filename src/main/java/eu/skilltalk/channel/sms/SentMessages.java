package eu.skilltalk.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The record of {@link SentMessage}s. A status callback may come before the send is recorded, so both sides
 * upsert by SID and neither overwrites a later status.
 */
@Component
@TwilioEnabled
class SentMessages {

    private final MongoTemplate mongo;

    SentMessages(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A message Twilio accepted; {@code cost} is {@code null} on WhatsApp. */
    void sent(String sid, TwilioChannel channel, String participantId, String cohortId, String outboxItemId, int part,
            SmsSegments cost, DeliveryStatus status, Instant at) {
        Update update = new Update().set("channel", channel.id()).set("participantId", participantId)
                .set("cohortId", cohortId).set("outboxItemId", outboxItemId).set("part", part)
                .set("encoding", cost == null ? null : cost.encoding().name())
                .set("segments", cost == null ? 0 : cost.segments()).set("sentAt", at)
                .setOnInsert("status", status.value()).setOnInsert("rank", status.rank()).setOnInsert("statusAt", at);
        mongo.upsert(query(where("_id").is(sid)), update, SentMessage.class);
    }

    /** Parts of a split text already sent for an outbox item, so a retry sends only the rest. */
    Set<Integer> partsSent(String outboxItemId) {
        return mongo.find(query(where("outboxItemId").is(outboxItemId)), SentMessage.class).stream()
                .map(SentMessage::part).collect(Collectors.toSet());
    }

    /** Records a reported status unless a later one is already known. */
    void status(String sid, DeliveryStatus status, Integer errorCode, Instant at) {
        Update update = new Update().set("status", status.value()).set("rank", status.rank())
                .set("errorCode", errorCode).set("statusAt", at);
        try {
            mongo.upsert(query(where("_id").is(sid).and("rank").lt(status.rank())), update, SentMessage.class);
        } catch (DuplicateKeyException laterStatusKnown) {
            // The message exists with this or a later status: the report is older news.
        }
    }
}
