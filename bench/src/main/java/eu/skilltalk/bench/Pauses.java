package eu.skilltalk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * When the whole process stood still, to tell the bunches of slow messages at half load (docs/bench.md,
 * ninth pass) from SkillTalk's own waits. A thread that asks to sleep 1 ms and wakes much later was not let
 * run: the JVM was stopped at a safepoint (a collection, a deoptimization, a code cache sweep) or the VM had
 * no CPU from its host, as jHiccup measures it. At half load a core is free, so nothing of SkillTalk's own
 * holds it back. Collections are listed beside it, from the collectors' own notifications, to tell the two
 * kinds apart. Times are JVM uptime in milliseconds, the clock of {@code -Xlog} and JFR.
 */
final class Pauses implements AutoCloseable {

    /** A pause: when it began (JVM uptime, ms), how long it took, and what it was. */
    record Pause(long atMs, long tookMs, String what) {
    }

    /** Shorter wake-ups than this are the scheduler's ordinary jitter. */
    private static final long HICCUP_MS = 10;

    private final RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private final List<Pause> hiccups = new CopyOnWriteArrayList<>();
    private final List<Pause> collections = new CopyOnWriteArrayList<>();
    private final NotificationListener onCollection = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            collections.add(new Pause(info.getGcInfo().getStartTime(), info.getGcInfo().getDuration(),
                    info.getGcName()));
        }
    };
    private final Thread sleeper = new Thread(this::sleepAndWake, "bench-hiccups");
    private volatile boolean running = true;

    Pauses() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(onCollection, null, null);
        }
        sleeper.setDaemon(true);
        sleeper.start();
    }

    /** JVM uptime now, in milliseconds. */
    long now() {
        return runtime.getUptime();
    }

    /**
     * The hiccups and collections that began from {@code fromMs} to {@code toMs}, each as "second after
     * {@code fromMs}:ms", and the longest hiccup.
     */
    String between(long fromMs, long toMs) {
        return "hiccups of %d ms or more: %s (longest %d ms); collections: %s".formatted(HICCUP_MS,
                list(hiccups, fromMs, toMs), hiccups.stream().filter(p -> p.atMs() >= fromMs && p.atMs() < toMs)
                        .mapToLong(Pause::tookMs).max().orElse(0), list(collections, fromMs, toMs));
    }

    private static String list(List<Pause> pauses, long fromMs, long toMs) {
        String listed = pauses.stream().filter(p -> p.atMs() >= fromMs && p.atMs() < toMs)
                .map(p -> "%.1fs:%dms%s".formatted((p.atMs() - fromMs) / 1000.0, p.tookMs(),
                        p.what().isEmpty() ? "" : " (" + p.what() + ")"))
                .collect(Collectors.joining(" "));
        return listed.isEmpty() ? "none" : listed;
    }

    private void sleepAndWake() {
        while (running) {
            long asleep = System.nanoTime();
            long at = now();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            long overMs = (System.nanoTime() - asleep) / 1_000_000 - 1;
            if (overMs >= HICCUP_MS) {
                hiccups.add(new Pause(at, overMs, ""));
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sleeper.interrupt();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(onCollection);
            } catch (javax.management.ListenerNotFoundException e) {
                // not listening: nothing to undo
            }
        }
    }
}
