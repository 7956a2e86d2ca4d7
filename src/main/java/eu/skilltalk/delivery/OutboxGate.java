package eu.skilltalk.delivery;

import eu.skilltalk.system.WorkGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of sending: once the web server has stopped taking requests, no new claims are made,
 * sends in flight finish (up to {@code skilltalk.delivery.shutdown-wait}), and any claim this instance still
 * holds is handed back so another instance sends it at once rather than after the lease. A send still in
 * flight when the wait ends keeps its lease: whether the provider got it is unknown.
 */
@Component
class OutboxGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxGate.class);

    private final WorkGate gate = new WorkGate();
    private final OutboxQueue queue;
    private final DeliveryProperties properties;
    private volatile boolean running;

    OutboxGate(OutboxQueue queue, DeliveryProperties properties) {
        this.queue = queue;
        this.properties = properties;
    }

    WorkGate gate() {
        return gate;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        if (gate.close(properties.shutdownWait())) {
            long released = queue.releaseMine();
            log.info("Sending stopped; {} claimed messages handed back", released);
        } else {
            log.warn("Sending stopped with sends still in flight after {}", properties.shutdownWait());
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (which stops at DEFAULT_PHASE - 1024 and - 2048) and before the store. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
