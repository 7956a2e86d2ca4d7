package eu.skilltalk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The graceful-shutdown gate: closing refuses new work at once and waits for the work in flight. */
class WorkGateTest {

    @Test
    void closingWaitsForWorkInFlightAndRefusesNewWork() throws Exception {
        WorkGate gate = new WorkGate();
        assertThat(gate.enter()).isTrue();

        CompletableFuture<Boolean> closing = CompletableFuture.supplyAsync(() -> gate.close(Duration.ofSeconds(30)));
        Await.until(Duration.ofSeconds(10), "the gate refuses new work", () -> !gate.isOpen());

        assertThat(gate.enter()).isFalse();
        assertThat(closing).isNotDone();
        gate.exit();
        assertThat(closing.get(10, TimeUnit.SECONDS)).as("all work finished").isTrue();
    }

    @Test
    void closingGivesUpOnWorkThatDoesNotFinish() {
        WorkGate gate = new WorkGate();
        gate.enter();

        assertThat(gate.close(Duration.ofMillis(20))).isFalse();
    }
}
