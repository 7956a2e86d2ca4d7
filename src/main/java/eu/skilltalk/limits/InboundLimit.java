package eu.skilltalk.limits;

import eu.skilltalk.delivery.MongoBuckets;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.Sha256;
import io.github.bucket4j.BucketConfiguration;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-sender inbound rate limit, shared by all instances (Bucket4j buckets in MongoDB). A sender over
 * the limit has their messages dropped unread; the first dropped message of a window gets one polite line in
 * their language ({@code limits.slow_down}), the others get nothing, so a flood cannot make SkillTalk flood
 * back. A client's stop command (in any language) always goes through: nobody is kept from opting out.
 */
@Component
public class InboundLimit {

    /** Locale key of the line a sender gets when their messages are dropped. */
    static final String SLOW_DOWN = "limits.slow_down";
    private static final String STOP_WORDS = "engine.words.stop";

    private final MongoBuckets buckets;
    private final Participants participants;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Clock clock;
    private final BucketConfiguration allowance;
    private final BucketConfiguration notices;

    InboundLimit(MongoTemplate mongo, Participants participants, Outbox outbox, LocaleCatalog catalog, Clock clock,
            LimitsProperties properties) {
        this.buckets = new MongoBuckets(mongo.getCollection(MongoBuckets.COLLECTION), clock);
        this.participants = participants;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
        LimitsProperties.Inbound inbound = properties.inbound();
        this.allowance = BucketConfiguration.builder().addLimit(l -> l.capacity(inbound.messages())
                .refillGreedy(inbound.messages(), inbound.per())).build();
        this.notices = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(1).refillIntervally(1, inbound.per())).build();
    }

    /**
     * Takes one message from a sender's allowance.
     *
     * @return empty when the message may be processed; else the message must be dropped, and the value holds
     *         what the sender was told about it (the polite line once per window, else nothing)
     */
    public Optional<List<Reply>> refuse(String channel, String address, String text, String languageHint) {
        // Buckets are stored: keyed by a hash, so the store never holds a phone number or chat id for them.
        String sender = Sha256.hex(channel + ":" + address);
        if (take("inbound:" + sender, allowance)) {
            return Optional.empty();
        }
        Optional<Participant> participant = participants.findByAddress(Participant.address(channel, address))
                .filter(p -> !p.stopped());
        if (participant.isPresent() && isStop(text)) {
            return Optional.empty(); // nobody is kept from opting out; once stopped, stop is limited like the rest
        }
        if (participant.isEmpty() || !take("inbound-notice:" + sender, notices)) {
            return Optional.of(List.of());
        }
        List<Reply> notice = List.of(Reply.of(catalog.render(language(participant.get(), languageHint), SLOW_DOWN,
                Map.of())));
        outbox.enqueue(participant.get().id(), channel, address, notice, clock.instant());
        return Optional.of(notice);
    }

    private boolean isStop(String text) {
        return catalog.says(text, STOP_WORDS, catalog.languages());
    }

    private boolean take(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration).tryConsume(1);
    }

    private String language(Participant participant, String hint) {
        return catalog.speaks(participant.language()) ? participant.language() : catalog.readable(hint);
    }
}
