package eu.skilltalk.fuzz;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs a property a fixed number of tries on generated inputs. The seed is new on every run, so each build
 * tries other inputs; a failure names the seed, the try and the input, and {@code -Dfuzz.seed=<seed>}
 * replays the same inputs in the same order. No shrinking: the inputs are small enough to read.
 */
public final class Fuzz {

    public static final String SEED_PROPERTY = "fuzz.seed";
    private static final int SHOWN = 500;

    private Fuzz() {
    }

    /** Checks {@code property} on {@code tries} inputs; any exception or failed assertion fails the test. */
    public static <T> void forAll(int tries, Gen<T> inputs, ThrowingConsumer<? super T> property) {
        long seed = Long.getLong(SEED_PROPERTY, ThreadLocalRandom.current().nextLong());
        Random random = new Random(seed);
        for (int attempt = 1; attempt <= tries; attempt++) {
            T input = inputs.next(random);
            try {
                property.accept(input);
            } catch (Throwable failure) {
                throw new AssertionError("fuzz try %d of %d failed (replay with -D%s=%d) on input: %s".formatted(
                        attempt, tries, SEED_PROPERTY, seed, shown(input)), failure);
            }
        }
    }

    /** The input, with invisible characters escaped and long texts cut, so the message stays readable. */
    static String shown(Object input) {
        String text = String.valueOf(input);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
            char c = text.charAt(i);
            out.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : "\\u%04x".formatted((int) c));
        }
        return text.length() > SHOWN ? out + "... (" + text.length() + " chars)" : out.toString();
    }
}
