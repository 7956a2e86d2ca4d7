package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Intent;
import eu.skilltalk.dialog.Interpreter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The understanding models, trained on a thread of their own while the rest of the application starts (the
 * store, the web server, security: seconds the training would otherwise add to the start). Nothing is
 * understood less meanwhile: every call waits for the trained models, and as the first thing to start
 * ({@link SmartLifecycle}, lowest phase) it holds the start until they are ready, so no message is read, no
 * web request is taken and the application is not ready before. A failed training fails the start.
 */
final class AwaitedUnderstanding implements Interpreter, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AwaitedUnderstanding.class);

    private final CompletableFuture<Interpreter> trained;
    private volatile boolean running;

    /** Starts {@code training} on a new daemon thread (a failed start does not wait for it to end). */
    AwaitedUnderstanding(Supplier<Interpreter> training) {
        this.trained = CompletableFuture.supplyAsync(training, task -> {
            Thread thread = new Thread(task, "understanding-training");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The trained models, once they are ready. */
    private Interpreter trained() {
        try {
            return trained.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void start() {
        long start = System.nanoTime();
        trained();
        log.info("The start waited {} ms for the understanding models", (System.nanoTime() - start) / 1_000_000);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before every other phase: workers, the web server and channels start only with trained models. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    @Override
    public List<String> choices(String text, String language, List<Choice> offered) {
        return trained().choices(text, language, offered);
    }

    @Override
    public List<Integer> scale(String text, String language, int points) {
        return trained().scale(text, language, points);
    }

    @Override
    public List<Integer> numbers(String text, String language, int min, int max) {
        return trained().numbers(text, language, min, max);
    }

    @Override
    public Optional<Boolean> yesNo(String text, String language) {
        return trained().yesNo(text, language);
    }

    @Override
    public Optional<Intent> intent(String text, String language) {
        return trained().intent(text, language);
    }

    @Override
    public Optional<String> otherLanguage(String text, String expected) {
        return trained().otherLanguage(text, expected);
    }

    @Override
    public List<EvidenceHint> evidence(String text, String language) {
        return trained().evidence(text, language);
    }
}
