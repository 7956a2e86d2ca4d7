package eu.skilltalk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.system.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service killed with SIGKILL while sending 2,000 messages, then started again on the same embedded H2
 * store: every message arrives, and at most the one send in flight at the kill arrives twice (no provider
 * offers an idempotency key, so nothing can do better; see docs/delivery.md).
 */
class CrashRecoveryTest {

    @TempDir
    Path store;
    private final List<Process> children = new ArrayList<>();
    private FakeProvider provider;

    @AfterEach
    void cleanUp() {
        children.forEach(Process::destroyForcibly);
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aKilledInstanceLosesNothingAndRepeatsAtMostTheSendInFlight() throws Exception {
        provider = FakeProvider.healthy();
        AtomicReference<String> firstStatus = new AtomicReference<>("");
        Process first = start(firstStatus, "--test.enqueue=2000");
        Await.until(Duration.ofSeconds(90), "the first instance queued everything and sent some",
                () -> firstStatus.get().startsWith("WAITING") && provider.delivered().size() >= 400);

        first.destroyForcibly().waitFor();
        long atKill = provider.distinctDelivered();
        assertThat(atKill).as("killed while sending").isLessThan(2000);

        AtomicReference<String> secondStatus = new AtomicReference<>("");
        start(secondStatus);
        Await.until(Duration.ofSeconds(90), "the restarted instance sent the rest",
                () -> provider.distinctDelivered() == 2000 && secondStatus.get().equals("WAITING 0"));

        System.out.printf("Crash test: killed after %d of 2000 were sent; %d sent twice%n", atKill,
                provider.calls.size() - 2000);
        assertThat(provider.calls.size() - 2000).as("messages sent twice").isBetween(0, 1);
    }

    /** Starts the application in a child JVM on the test's store; its last status line goes to {@code status}. */
    private Process start(AtomicReference<String> status, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashTestInstance.class.getName(), "--spring.main.web-application-type=none",
                "--skilltalk.store.backend=h2", "--skilltalk.store.path=" + store,
                "--skilltalk.delivery.poll=50ms", "--skilltalk.delivery.lease=3s", "--test.url=" + provider.url(),
                "--logging.level.root=WARN"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(process);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("WAITING") || line.equals("ENQUEUED")) {
                        status.set(line);
                    }
                }
            } catch (IOException ended) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return process;
    }
}
