package eu.skilltalk.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A poll on the application's scheduler that says when it should run next: at once after a full batch (more is
 * due), sooner when what held it up clears soon. A fixed delay made a worker that is behind wait a whole delay
 * after every batch, so a batch taking T seconds ran at most batch/(delay + T) a second. Like any scheduled
 * task it ends with the application; the workers' gates keep a stopping instance from starting new work.
 */
public final class SelfTimedPoll {

    private SelfTimedPoll() {
    }

    /**
     * Runs {@code poll} now and then each time after the wait it returned; after {@code otherwise} when it
     * failed (the store is away: no tight loop).
     */
    public static void schedule(ScheduledTaskRegistrar registrar, Supplier<Duration> poll, Duration otherwise) {
        AtomicReference<Duration> wait = new AtomicReference<>(Duration.ZERO);
        registrar.addTriggerTask(() -> {
            wait.set(otherwise);
            wait.set(poll.get());
        }, context -> {
            Instant last = context.lastCompletion();
            return last == null ? context.getClock().instant() : last.plus(wait.get());
        });
    }
}
