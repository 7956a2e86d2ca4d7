package eu.skilltalk.delivery;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The sending limits of each channel, shared by all instances: one bucket per channel (e.g. 25 messages a
 * second per Telegram bot) and one per client on it (1 a second, after a small burst so a turn's replies go
 * together). A send takes a token from both; when one is empty the verdict says how long to wait.
 */
@Component
class RateLimits {

    /** Which limit made a message wait. */
    enum Scope {
        CHANNEL, ADDRESS
    }

    /** Go ({@code wait} zero), or wait so long because of that limit. */
    record Verdict(Duration delay, Scope scope) {
        static final Verdict GO = new Verdict(Duration.ZERO, null);

        boolean go() {
            return delay.isZero();
        }
    }

    private final MongoBuckets buckets;
    private final DeliveryProperties properties;

    RateLimits(MongoTemplate mongo, Clock clock, DeliveryProperties properties) {
        this.buckets = new MongoBuckets(mongo.getCollection(MongoBuckets.COLLECTION), clock);
        this.properties = properties;
    }

    /** Takes a token for sending this item now, or says how long it must wait. */
    Verdict take(OutboxItem item) {
        DeliveryProperties.Limit limit = properties.limits().get(item.channel());
        if (limit == null) {
            return Verdict.GO;
        }
        // The client's bucket first: a token taken from it in vain only delays this client, while one taken
        // in vain from the channel's bucket would slow everybody.
        if (limit.perAddressPerSecond() > 0) {
            Duration wait = take(item.channel() + ":" + item.participantId(),
                    perSecond(Math.max(1, limit.perAddressBurst()), limit.perAddressPerSecond()));
            if (!wait.isZero()) {
                return new Verdict(wait, Scope.ADDRESS);
            }
        }
        if (limit.perSecond() > 0) {
            Duration wait = take(item.channel(), perSecond(limit.perSecond(), limit.perSecond()));
            if (!wait.isZero()) {
                return new Verdict(wait, Scope.CHANNEL);
            }
        }
        return Verdict.GO;
    }

    private Duration take(String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration perSecond(int capacity, int perSecond) {
        return BucketConfiguration.builder()
                .addLimit(l -> l.capacity(capacity).refillGreedy(perSecond, Duration.ofSeconds(1))).build();
    }

    /** Deletes the buckets that have filled up again. */
    long forgetFullBuckets() {
        return buckets.forgetFullBuckets();
    }
}
