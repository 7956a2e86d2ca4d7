package eu.skilltalk.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is worked.
 *
 * @param poll         how often the outbox is polled for what is due (retries, scheduled messages, claims of
 *                     instances that died) when the last poll found nothing more to do
 * @param busyPoll     how soon the next poll comes at the earliest when the last one stopped because a channel
 *                     ran out of its rate (it comes when the channel has a token again, and at once after a full
 *                     batch). A channel's bucket holds one second of tokens, so coming back well within that
 *                     second loses none of them
 * @param lease        how long a claimed item is reserved for one instance before another may take it; a turn's
 *                     replies are queued claimed by the instance that ran the turn, for this long
 * @param maxAttempts  attempts before an item is given up
 * @param firstRetry   wait before the first retry; doubles each attempt, with jitter
 * @param batch        items one poll claims at most
 * @param grace        the poll leaves items younger than this to the instance that queued them (it sends a
 *                     client's replies at once, in order); retried and scheduled items are not held back
 * @param limits       rate limits by channel; channels not named here are not limited. Defaults: telegram 25/s
 *                     per bot and 1/s per chat with a burst of 3; sms 1/s (set it to your Twilio number's MPS)
 * @param breaker      when a channel counts as down, and for how long it rests
 * @param shutdownWait how long a stopping instance waits for sends in flight
 * @param keepDeliveries how long finished deliveries (no text) are kept
 */
@ConfigurationProperties("skilltalk.delivery")
public record DeliveryProperties(@DefaultValue("1s") Duration poll, @DefaultValue("250ms") Duration busyPoll,
        @DefaultValue("30s") Duration lease, @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration firstRetry, @DefaultValue("50") int batch, @DefaultValue("3s") Duration grace,
        Map<String, Limit> limits, @DefaultValue Breaker breaker, @DefaultValue("20s") Duration shutdownWait,
        @DefaultValue("30d") Duration keepDeliveries) {

    /** Limits that hold unless configured otherwise. */
    static final Map<String, Limit> DEFAULT_LIMITS = Map.of(
            "telegram", new Limit(25, 1, 3),
            "sms", new Limit(1, 1, 3));

    public DeliveryProperties {
        Map<String, Limit> merged = new HashMap<>(DEFAULT_LIMITS);
        if (limits != null) {
            merged.putAll(limits);
        }
        limits = Map.copyOf(merged);
    }

    /**
     * Messages per second on one channel, and per client on it. A client may get {@code perAddressBurst}
     * messages at once (a turn's two or three replies) before the per-client rate applies. 0 means no limit;
     * unset per-client values are 1 a second with a burst of 3.
     */
    public record Limit(@DefaultValue("0") int perSecond, @DefaultValue("1") int perAddressPerSecond,
            @DefaultValue("3") int perAddressBurst) {
    }

    /**
     * A channel's circuit breaker: when {@code failureRate} percent of the last {@code window} sends (at least
     * {@code minimumCalls}) failed with a server error, nothing is tried on it for {@code openFor}.
     */
    public record Breaker(@DefaultValue("50") float failureRate, @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls, @DefaultValue("30s") Duration openFor) {
    }
}
