package eu.skilltalk.channel.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each chat's work one piece after the other, in the order it came, while different chats run in
 * parallel on a few threads. At most {@code capacity} pieces wait at once, so a flood of updates cannot
 * exhaust memory: the webhook then answers 503 and Telegram delivers again later.
 */
final class ChatLanes {

    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final ExecutorService workers;
    private final Semaphore room;
    /** The last piece of work queued per chat; the next one starts when it is done. */
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatLanes(int threads, int capacity) {
        this.workers = Executors.newFixedThreadPool(threads, named("telegram-in-"));
        this.room = new Semaphore(capacity);
    }

    /** Queues the work unless the lanes are full. */
    boolean offer(String chat, Runnable work) {
        if (!room.tryAcquire()) {
            return false;
        }
        enqueue(chat, work);
        return true;
    }

    /** Queues the work, waiting for room. */
    void put(String chat, Runnable work) throws InterruptedException {
        room.acquire();
        enqueue(chat, work);
    }

    private void enqueue(String chat, Runnable work) {
        // handleAsync, not thenRunAsync: a failed piece must not stop the chat's later messages.
        CompletableFuture<Void> tail = tails.compute(chat, (key, previous) -> (previous == null ? IDLE : previous)
                .handleAsync((ignored, failure) -> {
                    try {
                        work.run();
                    } finally {
                        room.release();
                    }
                    return null;
                }, workers));
        tail.whenComplete((ignored, failure) -> tails.remove(chat, tail));
    }

    /** Lets queued work finish (up to {@code wait}), stops the threads and returns how many chats still had work. */
    int close(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!tails.isEmpty() && System.nanoTime() < deadline) {
            try {
                CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new))
                        .get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException failed) {
                // A failed piece was reported by its own work; wait for the others.
            } catch (TimeoutException late) {
                break;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int unfinished = tails.size();
        workers.shutdownNow();
        return unfinished;
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
