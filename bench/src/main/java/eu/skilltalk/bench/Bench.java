package eu.skilltalk.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import eu.skilltalk.SkillTalkApplication;
import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.cohort.PromptSender;
import eu.skilltalk.conversation.ConversationProperties;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.schedule.Broadcasts;
import eu.skilltalk.schedule.Task;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;

/**
 * The end-to-end bench: starts SkillTalk in this JVM on its embedded store (H2 file, commit per write, as in
 * production without MongoDB), drives simulated clients through it, measures the storage floor on the same
 * store, a broadcast to a big cohort, its sending pace, and the heap. Prints a {@code RESULT} line last.
 * Settings come from environment variables (see docs/bench.md); numbers are printed, never judged.
 */
public final class Bench {

    private static final String AUTH_TOKEN = "bench-auth-token";
    private static final String PUBLIC_URL = "https://bench.skilltalk.invalid";
    private static final String COHORT = "bench-cohort";
    /** The JIT's share of the CPU below which SkillTalk counts as warmed up (5 %: about a tenth of one core). */
    private static final double JIT_SETTLED = 0.05;
    /** Kept between starts, as a container keeps it between restarts (docker-compose.yml); startup.sh empties it for cold starts. */
    private static final String MODEL_CACHE = "target/bench/models";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        int clients = setting("BENCH_CLIENTS", 2000);
        int smsEvery = setting("BENCH_SMS_EVERY", 4);
        int seconds = setting("BENCH_SECONDS", 30);
        int warmUpAtMost = Math.max(30, setting("BENCH_WARMUP_SECONDS", 120));
        int cohort = setting("BENCH_COHORT", 100_000);
        int pacedRate = setting("BENCH_PACED_RATE", 25);
        int pacingSeconds = setting("BENCH_PACING_SECONDS", 60);
        Script script = Script.load();
        Path store = Files.createTempDirectory("skilltalk-bench");
        try (FakeTwilioApi twilio = new FakeTwilioApi()) {
            ConfigurableApplicationContext context = start(store, twilio, pacedRate, ApplicationStartup.DEFAULT);
            double startup = (System.currentTimeMillis() - jvmStart) / 1000.0;
            say("startup: %.1f s from JVM start to ready (embedded H2 store, empty)", startup);

            OutboxWrites writes = context.getBean(OutboxWrites.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            LoadDriver load = new LoadDriver(script, writes,
                    new Transport.InProcess(context.getBean(ConversationService.class)),
                    new Transport.SignedSms(port, PUBLIC_URL, AUTH_TOKEN), clients, smsEvery);
            MongoServer server = context.getBean(MongoServer.class);
            try (MongoClient raw = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                MongoDatabase app = raw.getDatabase("skilltalk");
                // SkillTalk and the floor take turns (A B A B), half the measuring time each turn: a load that
                // drifts during the run (a shared machine) then weighs on both alike, to first order.
                Duration turn = Duration.ofMillis(seconds * 500L);
                // The warm-up counts the store commands by shape; the measured turns do not, as that costs CPU.
                writes.counting(true);
                long outboxBefore = writes.written();
                // Until the JIT has compiled SkillTalk's hot code: it takes a quarter of 2 cores for minutes.
                JitWatch jit = new JitWatch();
                LoadDriver.WarmedUp warm = load.closedLoop(Duration.ofSeconds(20),
                        Duration.ofSeconds(warmUpAtMost - 10), jit.quietFor(Duration.ofSeconds(10), JIT_SETTLED),
                        Duration.ofSeconds(10));
                say("e2e warm-up, %d clients (every %d-th over the signed SMS webhook), %.0f s until the JIT took "
                        + "less than %.0f%% of the CPU for 10 s (at most %d s), then 10 s: %s", clients, smsEvery,
                        warm.took().toMillis() / 1000.0, JIT_SETTLED * 100, warmUpAtMost - 10, warm.result());
                table(writes.takeCommandCounts(), writes.takeCommandMillis(), writes.written() - outboxBefore,
                        "reply stored during the warm-up");
                writes.counting(false);
                ThreadCpu cpu = new ThreadCpu(jit);
                ThreadCpu.Mark mark = cpu.mark();
                LoadDriver.Result max1 = load.closedLoop(Duration.ofSeconds(5), turn);
                say("e2e max load, first turn: %s; %s", max1, cpu.since(mark, max1.perSecond()));
                // As many threads as SkillTalk processes inbound messages on: its lanes, every channel alike.
                int threads = setting("BENCH_FLOOR_THREADS", context.getBean(ConversationProperties.class).lanes());
                StorageFloor storageFloor = new StorageFloor(raw, script, StorageFloor.Templates.from(app), clients,
                        threads);
                mark = cpu.mark();
                double floor1 = storageFloor.run(Duration.ofSeconds(5), turn);
                say("storage floor, %d threads, raw driver, same store, first turn: %.1f msgs/s; %s", threads, floor1,
                        cpu.since(mark, floor1));
                mark = cpu.mark();
                LoadDriver.Result max2 = load.closedLoop(Duration.ofSeconds(5), turn);
                say("e2e max load, second turn: %s; %s", max2, cpu.since(mark, max2.perSecond()));
                mark = cpu.mark();
                double floor2 = storageFloor.run(Duration.ofSeconds(5), turn);
                say("storage floor, second turn: %.1f msgs/s; %s", floor2, cpu.since(mark, floor2));
                double e2e = (max1.perSecond() + max2.perSecond()) / 2;
                double floor = (floor1 + floor2) / 2;
                say("e2e %.1f msgs/s, floor %.1f msgs/s (means of the two turns)", e2e, floor);
                double half = Math.max(1, e2e / 2);
                LoadDriver.Result halfLoad;
                try (Pauses pauses = new Pauses()) {
                    // When the window starts in JVM uptime, the clock of -Xlog and JFR, to line up what they saw.
                    long windowFrom = pauses.now() + 5000;
                    halfLoad = load.openLoop(half, Duration.ofSeconds(5), Duration.ofSeconds(seconds));
                    say("e2e at half load (%.1f msgs/s offered, window from %.1f s of JVM uptime): %s", half,
                            windowFrom / 1000.0, halfLoad);
                    say("slowest 1%% at half load, sent at (s into the window): %s", halfLoad.latencies().slowest(1));
                    say("process stood still at half load (s into the window): %s",
                            pauses.between(windowFrom, windowFrom + seconds * 1000L));
                }
                load.close();

                long inserted = insertCohort(app, COHORT, BenchBeans.PACED, cohort);
                double heapMb = heapAfterFullGc();
                say("heap after full GC with %d participants stored: %.0f MB", inserted, heapMb);

                Broadcasts broadcasts = context.getBean(Broadcasts.class);
                CountingSender paced = context.getBean("pacedSender", CountingSender.class);
                broadcasts.cancel(broadcasts.accept("bench-warm-up", Task.text("Warm-up."), null));
                writes.counting(true);
                long t0 = System.nanoTime();
                String broadcast = broadcasts.accept(COHORT, Task.text("The workshop moves to 10:00."), null);
                double acceptMs = (System.nanoTime() - t0) / 1e6;
                say("broadcast to %d clients accepted in %.1f ms", inserted, acceptMs);
                long sentBefore = paced.sent();
                double pacing = pacing(paced, pacedRate, pacingSeconds);
                say("broadcast pacing: %.1f%% of %d/s over %d s (%s)", pacing, pacedRate, pacingSeconds,
                        broadcasts.find(broadcast).map(Object::toString).orElse("?"));
                java.util.Map<String, Long> counts = writes.takeCommandCounts();
                java.util.Map<String, Double> millis = writes.takeCommandMillis();
                pages(counts, millis);
                table(counts, millis, paced.sent() - sentBefore, "paced message sent since the broadcast was accepted");

                coachPrompt(context.getBean(PromptSender.class), app,
                        setting("BENCH_PROMPT_COHORT", 1000));

                context.close();
                System.out.printf("RESULT e2e_msgs_per_s=%.1f floor_msgs_per_s=%.1f ratio=%.2f p99_ms=%.1f"
                        + " broadcast_accept_ms=%.1f pacing_pct=%.1f heap_mb=%.0f startup_s=%.1f%n", e2e,
                        floor, e2e / floor, halfLoad.latencies().percentileMs(99), acceptMs, pacing,
                        heapMb, startup);
            }
        } finally {
            deleteQuietly(store);
        }
        System.exit(0);
    }

    /** SkillTalk on an empty embedded store in {@code store}, as every bench starts it, with {@code more} arguments. */
    static ConfigurableApplicationContext start(Path store, FakeTwilioApi twilio, int pacedRate,
            ApplicationStartup steps, String... more) {
        SpringApplication app = new SpringApplication(SkillTalkApplication.class, BenchBeans.class);
        app.setApplicationStartup(steps);
        return app.run(Stream.concat(Stream.of(
                "--server.port=0",
                "--skilltalk.store.path=" + store,
                "--skilltalk.understanding.model-cache=" + MODEL_CACHE,
                "--skilltalk.public-base-url=" + PUBLIC_URL,
                "--skilltalk.twilio.account-sid=AC00000000000000000000000000000000",
                "--skilltalk.twilio.auth-token=" + AUTH_TOKEN,
                "--skilltalk.twilio.from=+3197010000000",
                "--skilltalk.twilio.api-url=" + twilio.url(),
                "--skilltalk.delivery.limits.sms.per-second=0",
                "--skilltalk.delivery.limits.sms.per-address-per-second=0",
                "--skilltalk.delivery.limits." + BenchBeans.PACED + ".per-second=" + pacedRate,
                "--skilltalk.delivery.limits." + BenchBeans.PACED + ".per-address-per-second=0",
                "--skilltalk.schedule.quiet-from=00:00",
                "--skilltalk.schedule.quiet-until=00:00",
                "--skilltalk.delivery.shutdown-wait=2s",
                "--skilltalk.conversation.shutdown-wait=2s",
                "--skilltalk.schedule.shutdown-wait=2s",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"), Stream.of(more)).toArray(String[]::new));
    }

    /**
     * A coach's text prompt as {@code POST /api/v1/cohorts/{id}/prompts} sends it: prints the time until the
     * request could answer, for a cohort of {@code size}.
     */
    private static void coachPrompt(PromptSender prompts, MongoDatabase app, int size) {
        String cohortId = "prompt-cohort";
        insertCohort(app, cohortId, BenchBeans.CHANNEL, size);
        Cohort cohort = new Cohort(cohortId, "Bench", "BENCH1", "bench-coach", Instant.now());
        long t0 = System.nanoTime();
        prompts.send(cohort, "bench-coach", "The workshop moves to 10:00.", null, null, List.of());
        double ms = (System.nanoTime() - t0) / 1e6;
        say("coach prompt (PromptSender, as POST /api/v1/cohorts/{id}/prompts) to %d clients accepted in %.1f ms"
                + " (a prompt and its broadcast: two inserts whatever the size)", size, ms);
    }

    /** What producing the broadcast's pages cost the store during the pacing window. */
    private static void pages(java.util.Map<String, Long> counts, java.util.Map<String, Double> millis) {
        counts.forEach((shape, n) -> {
            if (shape.startsWith("find participants") && shape.contains("cohortId")) {
                say("broadcast pages produced in that window: %d, %.1f ms of store time each (%s)", n,
                        millis.getOrDefault(shape, 0.0) / n, shape);
            }
        });
    }

    /** Stores a cohort of clients on a channel, in batches (as an import would). */
    private static long insertCohort(MongoDatabase app, String cohortId, String channel, int size) {
        Date now = new Date();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(new Document("_id", cohortId + "-%07d".formatted(i))
                    .append("address", channel + ":" + cohortId + i).append("channel", channel)
                    .append("language", "en").append("cohortId", cohortId).append("stopped", false)
                    .append("createdAt", now).append("lastSeenAt", now));
            if (batch.size() == 1000 || i == size - 1) {
                app.getCollection("participants").insertMany(batch);
                batch.clear();
            }
        }
        return app.getCollection("participants").countDocuments(new Document("cohortId", cohortId));
    }

    private static double heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Messages sent on the paced channel over a window after a short ramp, as a share of the configured rate. */
    private static double pacing(CountingSender paced, int rate, int seconds) throws InterruptedException {
        Thread.sleep(5000);
        long before = paced.sent();
        long from = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long sent = paced.sent() - before;
        // Over the time that passed, not the time asked for: a sleep can overrun on a busy machine.
        return 100.0 * sent / (rate * (System.nanoTime() - from) / 1e9);
    }

    static int setting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** The store commands of a phase by shape, per outbox item written, costliest first. */
    private static void table(java.util.Map<String, Long> counts, java.util.Map<String, Double> millis, long per,
            String what) {
        double each = Math.max(1, per);
        say("store commands per %s (%d): %.1f commands, %.1f ms of store time", what, per, counts.values().stream().mapToLong(Long::longValue).sum() / each,
                millis.values().stream().mapToDouble(Double::doubleValue).sum() / each);
        millis.entrySet().stream().limit(25).forEach(e -> say("  %6.2f x %8.2f ms  %s",
                counts.getOrDefault(e.getKey(), 0L) / each, e.getValue() / each, e.getKey()));
    }

    static void say(String format, Object... args) {
        System.out.printf("bench: " + format + "%n", args);
    }

    static void deleteQuietly(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
