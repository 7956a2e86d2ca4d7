package eu.skilltalk.conversation;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises one participant's messages inside this instance: parallel webhooks for the same client run
 * one after the other, in arrival order (fair locks). Across instances the session's version does the same.
 */
final class ParticipantLocks {

    private static final int STRIPES = 256;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    ParticipantLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    <T> T inOrder(String address, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(address.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
