package eu.skilltalk.delivery;

import eu.skilltalk.system.SelfTimedPoll;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox poll each time when the one before says ({@link Outbox#sendDue}): with a fixed delay of a
 * second a rate-limited channel waited a whole second after its bucket ran dry, so a poll taking T seconds sent
 * at most rate/(1 + T). Sends pass {@link OutboxGate}, so a stopping instance starts none.
 */
@Component
class OutboxPoll implements SchedulingConfigurer {

    private final Outbox outbox;
    private final DeliveryProperties properties;

    OutboxPoll(Outbox outbox, DeliveryProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        SelfTimedPoll.schedule(registrar, outbox::sendDue, properties.poll());
    }
}
