package eu.skilltalk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A fuzz failure can be replayed: it names its seed, and the same seed gives the same inputs. */
class FuzzTest {

    private String before;

    @BeforeEach
    void fixSeed() {
        before = System.getProperty(Fuzz.SEED_PROPERTY);
        System.setProperty(Fuzz.SEED_PROPERTY, "42");
    }

    @AfterEach
    void restoreSeed() {
        if (before == null) {
            System.clearProperty(Fuzz.SEED_PROPERTY);
        } else {
            System.setProperty(Fuzz.SEED_PROPERTY, before);
        }
    }

    @Test
    void aFailureNamesTheSeedTheTryAndTheInput() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> Fuzz.forAll(100, Gen.between(0, 9), n -> assertThat(n).isLessThan(9)));

        assertThat(failure.getMessage()).contains("-Dfuzz.seed=42", "of 100 failed").endsWith("input: 9");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void anExceptionFromThePropertyFailsTheTestWithTheSeed() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> Fuzz.forAll(1, Gen.of("x"), x -> {
            throw new IllegalStateException("boom");
        }));

        assertThat(failure.getMessage()).contains("-Dfuzz.seed=42", "try 1 of 1");
        assertThat(failure.getCause()).hasMessage("boom");
    }

    @Test
    void theSameSeedGivesTheSameInputsInTheSameOrder() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Fuzz.forAll(50, NastyText.any(30), first::add);
        Fuzz.forAll(50, NastyText.any(30), second::add);

        assertThat(first).hasSize(50).isEqualTo(second);
    }

    @Test
    void theInputIsShownWithInvisibleCharactersEscapedAndLongTextsCut() {
        assertThat(Fuzz.shown("a\u202eb\u0000😀")).isEqualTo("a\\u202eb\\u0000\\ud83d\\ude00");
        assertThat(Fuzz.shown("x".repeat(10_000))).isEqualTo("x".repeat(500) + "... (10000 chars)");
    }

    @Test
    void hugeTextsAreTwoToTenThousandCharacters() {
        Fuzz.forAll(50, NastyText.huge(), text -> assertThat(text.length()).isBetween(2_000, 10_000));
    }
}
