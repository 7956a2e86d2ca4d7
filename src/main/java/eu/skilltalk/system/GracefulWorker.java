package eu.skilltalk.system;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * A worker that stops gracefully with the application: no new work once stopping, the work in flight is
 * awaited (up to a limit), then {@link #stopped} tidies up. Workers stop after the web server (phases
 * DEFAULT_PHASE - 1024 and - 2048) and before the store.
 */
public abstract class GracefulWorker implements SmartLifecycle {

    private final WorkGate gate = new WorkGate();
    private final Duration wait;
    private final int phase;
    private volatile boolean running;

    /** @param phase lifecycle phase; a higher one stops earlier */
    protected GracefulWorker(Duration wait, int phase) {
        this.wait = wait;
        this.phase = phase;
    }

    /** The gate work passes through: {@code enter()} before, {@code exit()} after. */
    public final WorkGate gate() {
        return gate;
    }

    /** Called once no new work starts; {@code drained} says whether all work in flight finished in time. */
    protected abstract void stopped(boolean drained);

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopped(gate.close(wait));
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
