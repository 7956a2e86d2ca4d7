package eu.skilltalk.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesHaveSixCharactersWithoutLookAlikesAndAreNeverAWordOrANumber() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCodes.next();
            assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}").matches(".*[0-9].*").matches(".*[A-Z].*");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void aMessageIsACodeInAnyCaseOrAsTelegramsStartCommand() {
        assertThat(JoinCodes.in("k7mpx3")).hasValue("K7MPX3");
        assertThat(JoinCodes.in("  K7MPX3 ")).hasValue("K7MPX3");
        assertThat(JoinCodes.in("/start K7MPX3")).hasValue("K7MPX3");
        assertThat(JoinCodes.in("/START k7mpx3")).hasValue("K7MPX3");
    }

    @Test
    void wordsNumbersAndLookAlikesAreNoCodes() {
        assertThat(JoinCodes.in("repeat")).isEmpty();
        assertThat(JoinCodes.in("123456")).isEmpty();
        assertThat(JoinCodes.in("K0MPX3")).as("0 is not in the alphabet").isEmpty();
        assertThat(JoinCodes.in("K7MPX3 please")).isEmpty();
        assertThat(JoinCodes.in("K7MPX")).isEmpty();
    }
}
