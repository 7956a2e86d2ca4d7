package eu.skilltalk.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Simulated clients walking the self-assessment, each waiting for the first reply before writing again. Every
 * {@code smsEvery}-th client writes through Twilio's signed webhook over HTTP, the others straight into the
 * conversation service. Latency is inbound (before the message is handed over) to the first reply stored in
 * the outbox; it counts for messages sent inside the measuring window.
 */
final class LoadDriver {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    /** What one load phase measured. */
    record Result(long messages, double seconds, Latencies latencies, Latencies http, long timeouts, long errors) {
        double perSecond() {
            return messages / seconds;
        }

        @Override
        public String toString() {
            return "%.1f msgs/s (%d in %.0f s), all: %s; over HTTP: %s; timeouts=%d errors=%d".formatted(perSecond(),
                    messages, seconds, latencies.summary(), http.summary(), timeouts, errors);
        }
    }

    private final Script script;
    private final OutboxWrites writes;
    private final Transport inProcess;
    private final Transport sms;
    private final int smsEvery;
    private final int[] position;
    private final AtomicBoolean[] busy;
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService senders = Executors.newFixedThreadPool(8, r -> new Thread(r, "bench-client"));

    private volatile boolean running;
    private volatile boolean closedLoop;
    private volatile long windowStart;
    private volatile long windowEnd;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicLong completedInWindow = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private Latencies latencies;
    private Latencies http;

    LoadDriver(Script script, OutboxWrites writes, Transport inProcess, Transport sms, int clients, int smsEvery) {
        this.script = script;
        this.writes = writes;
        this.inProcess = inProcess;
        this.sms = sms;
        this.smsEvery = smsEvery;
        this.position = new int[clients];
        this.busy = new AtomicBoolean[clients];
        for (int i = 0; i < clients; i++) {
            busy[i] = new AtomicBoolean();
        }
    }

    /** Every client writes as fast as it gets answers: the most SkillTalk does. */
    Result closedLoop(Duration warmup, Duration measure) throws InterruptedException {
        start(true, warmup, measure);
        everyoneWrites();
        return finish(measure);
    }

    /**
     * As {@link #closedLoop(Duration, Duration)}, with a warm-up that ends once {@code warm} says so (asked
     * every second), after {@code least} at the least and {@code most} at the most.
     *
     * @return what the window measured, and how long the warm-up took
     */
    WarmedUp closedLoop(Duration least, Duration most, BooleanSupplier warm, Duration measure)
            throws InterruptedException {
        long begin = start(true, most, measure);
        everyoneWrites();
        long elapsed;
        do {
            Thread.sleep(1000);
            boolean ready = warm.getAsBoolean();
            elapsed = System.nanoTime() - begin;
            if (ready && elapsed >= least.toNanos()) {
                break;
            }
        } while (elapsed < most.toNanos());
        windowStart = System.nanoTime();
        windowEnd = windowStart + measure.toNanos();
        return new WarmedUp(finish(measure), Duration.ofNanos(windowStart - begin));
    }

    /** A closed loop's window after a warm-up of {@code took}. */
    record WarmedUp(Result result, Duration took) {
    }

    private void everyoneWrites() {
        for (int c = 0; c < busy.length; c++) {
            int client = c;
            busy[c].set(true);
            senders.execute(() -> send(client));
        }
    }

    /** Messages arrive at a fixed rate, from clients not waiting for a reply. */
    Result openLoop(double perSecond, Duration warmup, Duration measure) throws InterruptedException {
        long begin = start(false, warmup, measure);
        long issued = 0;
        int next = 0;
        while (System.nanoTime() < windowEnd) {
            long due = (long) ((System.nanoTime() - begin) / 1e9 * perSecond);
            for (int tries = 0; issued < due && tries < busy.length; tries++) {
                int client = next;
                next = (next + 1) % busy.length;
                if (busy[client].compareAndSet(false, true)) {
                    issued++;
                    senders.execute(() -> send(client));
                }
            }
            Thread.sleep(2);
        }
        return finish(measure);
    }

    private long start(boolean closed, Duration warmup, Duration measure) {
        closedLoop = closed;
        latencies = new Latencies();
        http = new Latencies();
        completedInWindow.set(0);
        timeouts.set(0);
        errors.set(0);
        long now = System.nanoTime();
        windowStart = now + warmup.toNanos();
        windowEnd = windowStart + measure.toNanos();
        running = true;
        return now;
    }

    private Result finish(Duration measure) throws InterruptedException {
        long left = windowEnd - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
        running = false;
        long drainUntil = System.nanoTime() + REPLY_TIMEOUT.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        return new Result(completedInWindow.get(), measure.toNanos() / 1e9, latencies, http, timeouts.get(),
                errors.get());
    }

    private void send(int client) {
        if (!running) {
            busy[client].set(false);
            return;
        }
        Transport transport = smsEvery > 0 && client % smsEvery == 0 ? sms : inProcess;
        long id = ids.incrementAndGet();
        CompletableFuture<Long> firstReply = writes.expect(transport.key(id));
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        outstanding.incrementAndGet();
        long sentAt = System.nanoTime();
        try {
            transport.send(client, id, script.step(position[client]++).text(), accepted);
        } catch (RuntimeException e) {
            accepted.completeExceptionally(e);
        }
        accepted.whenComplete((ok, error) -> {
            if (error != null) {
                errors.incrementAndGet();
                firstReply.cancel(false);
            }
        });
        firstReply.orTimeout(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS).whenCompleteAsync((storedAt, error) -> {
            if (error == null) {
                if (sentAt >= windowStart && sentAt < windowEnd) {
                    latencies.add(sentAt - windowStart, storedAt - sentAt);
                    if (transport == sms) {
                        http.add(sentAt - windowStart, storedAt - sentAt);
                    }
                }
                if (storedAt >= windowStart && storedAt < windowEnd) {
                    completedInWindow.incrementAndGet();
                }
            } else if (!(error instanceof java.util.concurrent.CancellationException)) {
                timeouts.incrementAndGet();
            }
            outstanding.decrementAndGet();
            if (running && closedLoop) {
                send(client);
            } else {
                busy[client].set(false);
            }
        }, senders);
    }

    void close() {
        senders.shutdownNow();
    }
}
