package eu.skilltalk.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A circuit breaker per channel (Resilience4j): when most recent sends on a channel failed with server
 * errors, the channel rests for a while; the poll then claims none of its items, so an outage does not
 * spin. After the rest a few trial sends decide whether it is back. Bad addresses and the provider's
 * "too many requests" do not count: the channel answered.
 */
@Component
class ChannelBreakers {

    private static final Logger log = LoggerFactory.getLogger(ChannelBreakers.class);

    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Instant> restingUntil = new ConcurrentHashMap<>();
    private final CircuitBreakerConfig config;
    private final DeliveryProperties.Breaker settings;
    private final Clock clock;
    private final MeterRegistry meters;

    ChannelBreakers(DeliveryProperties properties, Clock clock, MeterRegistry meters) {
        this.settings = properties.breaker();
        this.clock = clock;
        this.meters = meters;
        this.config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .clock(clock)
                .build();
    }

    CircuitBreaker of(String channel) {
        return breakers.computeIfAbsent(channel, this::create);
    }

    private CircuitBreaker create(String channel) {
        CircuitBreaker breaker = CircuitBreaker.of(channel, config);
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN) {
                restingUntil.put(channel, clock.instant().plus(settings.openFor()));
                log.warn("Channel {} is failing; it rests for {}", channel, settings.openFor());
            } else {
                restingUntil.remove(channel);
                log.info("Channel {} is now {}", channel, to);
            }
        });
        Gauge.builder("skilltalk.channel.up", breaker, b -> b.getState() == CircuitBreaker.State.OPEN ? 0 : 1)
                .description("1 while the channel's circuit breaker lets sends through").tag("channel", channel)
                .register(meters);
        return breaker;
    }

    /** Channels resting now: the poll leaves their items alone. */
    Set<String> resting() {
        Instant now = clock.instant();
        return restingUntil.entrySet().stream().filter(e -> e.getValue().isAfter(now)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** When a channel that refused a send may be tried again. */
    Instant retryAt(String channel) {
        Instant now = clock.instant();
        Instant until = restingUntil.get(channel);
        return until != null && until.isAfter(now) ? until : now.plusSeconds(1);
    }
}
