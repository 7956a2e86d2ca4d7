package eu.skilltalk.delivery;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes old deliveries and rate buckets that have filled up again (the embedded store has no TTL). Hourly by
 * default: on the embedded store a sweep reads the whole {@code deliveries} collection under its lock (no index
 * on {@code finishedAt}), 0.4 s for 50,000 deliveries whose pages were not cached, and every reply's delivery
 * record waits meanwhile; deliveries are kept for days, so an hour is precise enough.
 */
@Component
class DeliverySweep {

    private static final Logger log = LoggerFactory.getLogger(DeliverySweep.class);

    private final OutboxQueue queue;
    private final RateLimits limits;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliverySweep(OutboxQueue queue, RateLimits limits, DeliveryProperties properties, Clock clock) {
        this.queue = queue;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${skilltalk.delivery.sweep:1h}", initialDelayString = "${skilltalk.delivery.sweep:1h}")
    @SchedulerLock(name = "delivery-sweep")
    public void sweep() {
        long deliveries = queue.forgetDeliveriesBefore(clock.instant().minus(properties.keepDeliveries()));
        long buckets = limits.forgetFullBuckets();
        if (deliveries + buckets > 0) {
            log.info("Swept {} old deliveries and {} full rate buckets", deliveries, buckets);
        }
    }
}
