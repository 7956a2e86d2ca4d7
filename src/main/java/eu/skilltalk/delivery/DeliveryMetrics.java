package eu.skilltalk.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Delivery metrics for {@code /actuator/prometheus}. Tags name channels, outcomes and reasons only, never a
 * client, an address or a text.
 *
 * <ul>
 * <li>{@code skilltalk_outbound_messages_total{channel, status=sent|failed}}: messages finished</li>
 * <li>{@code skilltalk_outbound_retries_total{channel, reason=error|provider_limit}}: sends to try again</li>
 * <li>{@code skilltalk_outbound_waits_total{channel, reason=channel_limit|address_limit|channel_down|earlier_message}}:
 * sends postponed before trying</li>
 * <li>{@code skilltalk_outbound_latency_seconds{channel}}: how long a provider took to answer a send</li>
 * <li>{@code skilltalk_outbox_depth}, {@code skilltalk_outbox_oldest_age_seconds}: the queue</li>
 * </ul>
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry meters;

    DeliveryMetrics(MeterRegistry meters, OutboxQueue queue, Clock clock) {
        this.meters = meters;
        Gauge.builder("skilltalk.outbox.depth", queue, OutboxQueue::depth)
                .description("Messages waiting in the outbox").register(meters);
        Gauge.builder("skilltalk.outbox.oldest.age", queue,
                q -> q.oldest().map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0).orElse(0.0))
                .description("Age of the oldest waiting message").baseUnit("seconds").register(meters);
    }

    void sent(String channel) {
        meters.counter("skilltalk.outbound.messages", "channel", channel, "status", "sent").increment();
    }

    void failed(String channel) {
        meters.counter("skilltalk.outbound.messages", "channel", channel, "status", "failed").increment();
    }

    void retry(String channel, String reason) {
        meters.counter("skilltalk.outbound.retries", "channel", channel, "reason", reason).increment();
    }

    void waited(String channel, String reason) {
        meters.counter("skilltalk.outbound.waits", "channel", channel, "reason", reason).increment();
    }

    /** A provider answered a send (yes or no) after {@code latency}. */
    void answered(String channel, Duration latency) {
        Timer.builder("skilltalk.outbound.latency").description("Time a provider took to answer a send")
                .tag("channel", channel).register(meters).record(latency);
    }
}
