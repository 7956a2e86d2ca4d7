package eu.skilltalk.delivery;

import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox poll on the application's scheduler, each run when the one before says ({@link Outbox#sendDue}):
 * a fixed delay of a second made a rate-limited channel wait a whole poll after its bucket ran dry, so a poll
 * taking T seconds sent at most rate/(1 + T). Like any scheduled task it stops with the application; sends
 * pass {@link OutboxGate}, so a stopping instance starts none.
 */
@Component
class OutboxPoll implements SchedulingConfigurer {

    private final Outbox outbox;
    private final DeliveryProperties properties;
    private volatile Duration wait = Duration.ZERO;

    OutboxPoll(Outbox outbox, DeliveryProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::poll, context -> {
            Instant last = context.lastCompletion();
            return last == null ? context.getClock().instant() : last.plus(wait);
        });
    }

    private void poll() {
        wait = properties.poll(); // also after a poll that failed (the store is away): no tight loop
        wait = outbox.sendDue();
    }
}
