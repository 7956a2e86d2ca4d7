package eu.skilltalk.delivery;

import eu.skilltalk.system.GracefulWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of sending: no new claims, sends in flight finish (up to
 * {@code skilltalk.delivery.shutdown-wait}), and any claim this instance still holds is handed back so
 * another instance sends it at once rather than after the lease. A send still in flight when the wait ends
 * keeps its lease: whether the provider got it is unknown. Stops last of the workers, so replies produced
 * while inbound messages and jobs finish still go out.
 */
@Component
class OutboxGate extends GracefulWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxGate.class);

    private final OutboxQueue queue;

    OutboxGate(OutboxQueue queue, DeliveryProperties properties) {
        super(properties.shutdownWait(), SmartLifecycle.DEFAULT_PHASE - 4096);
        this.queue = queue;
    }

    @Override
    protected void stopped(boolean drained) {
        if (drained) {
            log.info("Sending stopped; {} claimed messages handed back", queue.releaseMine());
        } else {
            log.warn("Sending stopped with sends still in flight");
        }
    }
}
