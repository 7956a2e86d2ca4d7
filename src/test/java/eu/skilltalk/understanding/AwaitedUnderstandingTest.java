package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.skilltalk.dialog.Interpreter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Models trained beside the rest of the start: a client who writes while they train gets the same answer as
 * later (never the exact-words-only {@link Interpreter#NONE}), and the start waits for them.
 */
class AwaitedUnderstandingTest {

    /** Trained models that take every message for yes. */
    private static final Interpreter TRAINED = new Interpreter() {
        @Override
        public Optional<Boolean> yesNo(String text, String language) {
            return Optional.of(true);
        }
    };

    private final CountDownLatch finishTraining = new CountDownLatch(1);
    private final AwaitedUnderstanding understanding = new AwaitedUnderstanding(() -> {
        try {
            finishTraining.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TRAINED;
    });

    @Test
    void aMessageWhileTheModelsTrainGetsTheTrainedAnswer() throws InterruptedException {
        AtomicReference<Optional<Boolean>> answer = new AtomicReference<>();
        Thread client = new Thread(() -> answer.set(understanding.yesNo("yep", "en")));
        client.start();
        untilWaitingOrDone(client);
        finishTraining.countDown();
        client.join();

        assertThat(answer.get()).contains(true);
    }

    @Test
    void theStartWaitsForTheModels() throws InterruptedException {
        Thread start = new Thread(understanding::start);
        start.start();
        untilWaitingOrDone(start);

        assertThat(understanding.isRunning()).isFalse();
        finishTraining.countDown();
        start.join();
        assertThat(understanding.isRunning()).isTrue();
    }

    @Test
    void aFailedTrainingFailsTheStart() {
        AwaitedUnderstanding failing = new AwaitedUnderstanding(() -> {
            throw new IllegalStateException("understanding/en/intents.txt:3: a label and a sentence expected");
        });

        assertThatThrownBy(failing::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("intents.txt:3");
        assertThat(failing.isRunning()).isFalse();
    }

    /** Until {@code thread} waits (for the models, if it waits for them) or has ended (if it did not). */
    private static void untilWaitingOrDone(Thread thread) {
        while (thread.getState() != Thread.State.WAITING && thread.isAlive()) {
            Thread.onSpinWait();
        }
    }
}
