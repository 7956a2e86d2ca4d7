package eu.skilltalk.system;

import java.time.Duration;

/**
 * Lets work in until the instance stops, then waits for the work in flight: the graceful-shutdown half of
 * every worker (outbox sends, inbound processing, jobs). Once closed it stays closed.
 */
public final class WorkGate {

    private boolean open = true;
    private int inFlight;

    /** Whether new work may start; a caller that gets {@code true} must call {@link #exit()} when done. */
    public synchronized boolean enter() {
        if (!open) {
            return false;
        }
        inFlight++;
        return true;
    }

    public synchronized void exit() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** Stops new work and waits up to {@code wait} for the work in flight; true when all of it finished. */
    public synchronized boolean close(Duration wait) {
        open = false;
        long deadline = System.nanoTime() + wait.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public synchronized boolean isOpen() {
        return open;
    }
}
