package eu.skilltalk.limits;

import eu.skilltalk.delivery.MongoBuckets;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.Sha256;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The per-sender inbound rate limit. Each instance counts every sender in memory; a sender who writes
 * faster than a person answering questions is also counted in a bucket all instances share (Bucket4j
 * buckets in MongoDB). A sender over the limit has their messages dropped unread; the first dropped message
 * of a window gets one polite line in their language ({@code limits.slow_down}), the others get nothing, so
 * a flood cannot make SkillTalk flood back. A client's stop command (in any language) always goes through:
 * nobody is kept from opting out.
 */
@Component
public class InboundLimit {

    /** Locale key of the line a sender gets when their messages are dropped. */
    static final String SLOW_DOWN = "limits.slow_down";
    private static final String STOP_WORDS = "engine.words.stop";
    /** Senders whose buckets are kept in memory; one forgotten early is only read from the store again. */
    private static final int RECENT_SENDERS = 10_000;

    private final MongoBuckets buckets;
    private final Participants participants;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Clock clock;
    private final BucketConfiguration allowance;
    private final BucketConfiguration notices;
    /** Each recent sender's shared bucket, counted here and synchronised with the store now and then. */
    private final Cache<String, Bucket> allowances;
    private final Function<String, Bucket> allowanceBuilder;
    /** Each recent sender's bucket on this instance alone: exact for what reached this instance. */
    private final Cache<String, Bucket> local;
    private final Function<String, Bucket> localBuilder;
    /** A sender's local bucket holds at least this many tokens while the shared one is left alone. */
    private final long unshared;

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
        // A sender's bucket is read and written back every tenth of the allowance or once a window, not per
        // message: several instances may together let a sender exceed the limit by that tenth each, briefly.
        long tenth = Math.max(1, inbound.messages() / 10);
        TimeMeter time = buckets.timeMeter();
        Optimization delaying = new DelayOptimization(new DelayParameters(tenth, inbound.per()),
                NopeOptimizationListener.INSTANCE, time);
        this.allowances = recentSenders(inbound.per());
        this.allowanceBuilder = key -> buckets.builder().withOptimization(delaying).build(key, () -> allowance);
        this.local = recentSenders(inbound.per());
        this.localBuilder = key -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(allowance.getBandwidths()[0]).build();
        this.unshared = inbound.messages() - tenth;
    }

    /** A sender quiet for a whole window has a full bucket again, the same as a new one: forgotten. */
    private static Cache<String, Bucket> recentSenders(Duration window) {
        return Caffeine.newBuilder().expireAfterAccess(window).maximumSize(RECENT_SENDERS).build();
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
        if (allowed(sender)) {
            return Optional.empty();
        }
        Optional<Participant> participant = participants.findByAddress(Participant.address(channel, address))
                .filter(p -> !p.stopped());
        if (participant.isPresent() && isStop(text)) {
            return Optional.empty(); // nobody is kept from opting out; once stopped, stop is limited like the rest
        }
        if (participant.isEmpty() || !takeNotice("inbound-notice:" + sender)) {
            return Optional.of(List.of());
        }
        List<Reply> notice = List.of(Reply.of(catalog.render(language(participant.get(), languageHint), SLOW_DOWN,
                Map.of())));
        outbox.enqueue(participant.get().id(), channel, address, notice, clock.instant());
        return Optional.of(notice);
    }

    /**
     * A person answering questions refills their bucket about as fast as they use it, so their messages are
     * counted on this instance alone and cost the store nothing. Once a sender has used a tenth of the
     * allowance, the shared bucket counts them too: several instances may together let a flood through
     * that tenth more each before it does, on top of the delay above. On one instance the local bucket
     * alone is exact.
     */
    private boolean allowed(String sender) {
        Bucket here = local.get(sender, localBuilder);
        if (!here.tryConsume(1)) {
            return false;
        }
        return here.getAvailableTokens() > unshared
                || allowances.get("inbound:" + sender, allowanceBuilder).tryConsume(1);
    }

    private boolean isStop(String text) {
        return catalog.says(text, STOP_WORDS, catalog.languages());
    }

    private boolean takeNotice(String key) {
        return buckets.builder().build(key, () -> notices).tryConsume(1);
    }

    private String language(Participant participant, String hint) {
        return catalog.speaks(participant.language()) ? participant.language() : catalog.readable(hint);
    }
}
