package eu.skilltalk.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one claimed item: asks the channel's circuit breaker and rate limits, calls the channel, and records
 * what happened: postponed (with the client's later messages behind it) at once, sent or given up in a list the
 * caller stores with the others it finished ({@link OutboxQueue#finish}).
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxQueue queue;
    private final Map<String, ChannelSender> senders;
    private final RateLimits limits;
    private final ChannelBreakers breakers;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    Dispatcher(OutboxQueue queue, List<ChannelSender> senders, RateLimits limits, ChannelBreakers breakers,
            DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.queue = queue;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.limits = limits;
        this.breakers = breakers;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** What became of a dispatched item. */
    enum Result {
        /** Sent or given up: the client's next message may follow at once. */
        DONE,
        /** Postponed: the client's later messages wait behind it. */
        POSTPONED,
        /** Postponed because the channel has no room or is down: try none of its messages for now. */
        CHANNEL_BUSY
    }

    /** Sends {@code item}; when it is done, adds its delivery record to {@code finished} for the caller to store. */
    Result dispatch(OutboxItem item, List<Delivery> finished) {
        if (item.maybeSent() && queue.delivered(item)) {
            return Result.DONE; // its instance died after recording the send and before clearing the queue
        }
        ChannelSender sender = senders.get(item.channel());
        if (sender == null) {
            return failed(item, new DeliveryException("channel " + item.channel() + " is not configured", false, null),
                    finished);
        }
        CircuitBreaker breaker = breakers.of(item.channel());
        if (!breaker.tryAcquirePermission()) {
            waitFor(item, breakers.retryAt(item.channel()), "channel_down");
            return Result.CHANNEL_BUSY;
        }
        RateLimits.Verdict verdict = limits.take(item);
        if (!verdict.go()) {
            breaker.releasePermission();
            Instant until = clock.instant().plus(verdict.delay());
            if (verdict.scope() == RateLimits.Scope.CHANNEL) {
                waitFor(item, until, "channel_limit");
                return Result.CHANNEL_BUSY;
            }
            return waitFor(item, until, "address_limit");
        }
        long start = System.nanoTime();
        try {
            String providerId = sender.send(item);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            metrics.answered(item.channel(), Duration.ofNanos(System.nanoTime() - start));
            finished.add(Delivery.of(item, Delivery.Outcome.SENT, providerId, null, clock.instant()));
            metrics.sent(item.channel());
            return Result.DONE;
        } catch (DeliveryException e) {
            long took = System.nanoTime() - start;
            metrics.answered(item.channel(), Duration.ofNanos(took));
            if (e.permanent() || e.retryAfter() != null) {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS); // the channel answered; this message or pace was the problem
            } else {
                breaker.onError(took, TimeUnit.NANOSECONDS, e);
            }
            return failed(item, e, finished);
        } catch (RuntimeException e) {
            // A bug in a channel adapter must not leave the item claimed until its lease ends.
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            log.error("Channel {} failed unexpectedly on message {}", item.channel(), item.id(), e);
            return failed(item, new DeliveryException(e.getClass().getSimpleName(), false, null), finished);
        }
    }

    private Result failed(OutboxItem item, DeliveryException e, List<Delivery> finished) {
        if (e.permanent() || item.attempts() >= properties.maxAttempts()) {
            log.warn("Giving up message {} on {} after {} attempts: {}", item.id(), item.channel(), item.attempts(),
                    e.getMessage());
            finished.add(Delivery.of(item, Delivery.Outcome.FAILED, null, e.getMessage(), clock.instant()));
            metrics.failed(item.channel());
            return Result.DONE;
        }
        Duration wait = e.retryAfter() != null ? e.retryAfter() : backoff(item.attempts());
        log.info("Message {} on {} will be retried in {}: {}", item.id(), item.channel(), wait, e.getMessage());
        metrics.retry(item.channel(), e.retryAfter() != null ? "provider_limit" : "error");
        queue.postpone(item, clock.instant().plus(wait), true, e.getMessage());
        return Result.POSTPONED;
    }

    private Result waitFor(OutboxItem item, Instant until, String reason) {
        metrics.waited(item.channel(), reason);
        queue.postpone(item, until, false, null);
        return Result.POSTPONED;
    }

    /** Exponential backoff with jitter: between half and all of firstRetry * 2^(attempts-1). */
    private Duration backoff(int attempts) {
        long cap = properties.firstRetry().toMillis() << Math.min(attempts - 1, 16);
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }
}
