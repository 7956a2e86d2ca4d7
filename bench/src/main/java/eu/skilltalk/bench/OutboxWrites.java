package eu.skilltalk.bench;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Watches the application's MongoDB driver for inserts into {@code outbox} and tells the load driver when the
 * first reply to a message was written (acknowledged by the store). Outbox ids are {@code <turn key>/<n>} and a
 * message's turn key is {@code <channel>:<external id>}, so no application code has to report anything.
 */
final class OutboxWrites implements CommandListener {

    private final Map<Integer, List<String>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> expected = new ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<Integer, String> started = new ConcurrentHashMap<>();
    /** Whether commands are counted and timed by shape: it costs CPU, so measured turns leave it off. */
    private volatile boolean counting;

    /** Completes with {@link System#nanoTime()} when the first reply to the message with this turn key is stored. */
    CompletableFuture<Long> expect(String key) {
        CompletableFuture<Long> first = new CompletableFuture<>();
        expected.put(key, first);
        first.whenComplete((t, e) -> expected.remove(key, first));
        return first;
    }

    /** Outbox items written so far. */
    long written() {
        return written.get();
    }

    /** Starts or stops counting and timing commands by shape; starting forgets what was counted before. */
    void counting(boolean on) {
        takeCommandCounts();
        takeCommandMillis();
        counting = on;
    }

    /** Commands the application sent since the last call, by name and collection, most frequent first. */
    Map<String, Long> takeCommandCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        commands.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> counts.put(e.getKey(), e.getValue().sumThenReset()));
        return counts;
    }

    /** Store time (ms, as the driver saw it) spent since the last call per command shape, same keys as the counts. */
    Map<String, Double> takeCommandMillis() {
        Map<String, Double> millis = new java.util.LinkedHashMap<>();
        nanos.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> millis.put(e.getKey(), e.getValue().sumThenReset() / 1e6));
        return millis;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (counting) {
            String shape = CommandShape.of(event.getCommandName(), event.getCommand());
            started.put(event.getRequestId(), shape);
            commands.computeIfAbsent(shape, k -> new LongAdder()).increment();
        }
        if (!"insert".equals(event.getCommandName())) {
            return;
        }
        BsonDocument command = event.getCommand();
        if (!"outbox".equals(command.getString("insert").getValue()) || !command.containsKey("documents")) {
            return;
        }
        inFlight.put(event.getRequestId(), command.getArray("documents").stream().map(BsonValue::asDocument)
                .map(d -> d.get("_id")).filter(BsonValue::isString).map(id -> id.asString().getValue()).toList());
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        timed(event.getRequestId(), event.getElapsedTime(java.util.concurrent.TimeUnit.NANOSECONDS));
        List<String> ids = inFlight.remove(event.getRequestId());
        if (ids == null) {
            return;
        }
        long now = System.nanoTime();
        written.addAndGet(ids.size());
        for (String id : ids) {
            int slash = id.lastIndexOf('/');
            if (slash > 0) {
                CompletableFuture<Long> first = expected.get(id.substring(0, slash));
                if (first != null) {
                    first.complete(now);
                }
            }
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        timed(event.getRequestId(), event.getElapsedTime(java.util.concurrent.TimeUnit.NANOSECONDS));
        inFlight.remove(event.getRequestId());
    }

    private void timed(int requestId, long elapsed) {
        String shape = started.remove(requestId);
        if (shape != null) {
            nanos.computeIfAbsent(shape, k -> new LongAdder()).add(elapsed);
        }
    }
}
