package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Segment counts as a phone company bills them. */
class SmsSegmentsTest {

    @Test
    void gsmTextFitsOneSegmentUpTo160Characters() {
        assertThat(SmsSegments.count("Hello")).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void extensionCharactersTakeTwoPlaces() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.count("[" + "a".repeat(159))).isEqualTo(2);
    }

    @Test
    void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
        assertThat(SmsSegments.count("ë" + "a".repeat(69))).isEqualTo(1);
        assertThat(SmsSegments.count("ë" + "a".repeat(70))).isEqualTo(2);
        assertThat(SmsSegments.count("ç" + "a".repeat(133))).isEqualTo(2);
        assertThat(SmsSegments.count("ç" + "a".repeat(134))).isEqualTo(3);
    }

    @Test
    void anEmojiTakesTwoUcs2Units() {
        assertThat(SmsSegments.count("😄".repeat(35))).isEqualTo(1);
        assertThat(SmsSegments.count("😄".repeat(36))).isEqualTo(2);
    }

    @Test
    void namesTheCharacterThatForcesUcs2InEachLanguage() {
        assertThat(SmsSegments.firstNonGsm("How good are you at planning?")).isNull();
        assertThat(SmsSegments.firstNonGsm("Wie gut kannst du Probleme lösen? Straße, Müll, Ärger")).isNull();
        assertThat(SmsSegments.firstNonGsm("Tu sais bien planifier ? Très bien, à bientôt")).isEqualTo("ô");
        assertThat(SmsSegments.firstNonGsm("Français")).isEqualTo("ç");
        assertThat(SmsSegments.firstNonGsm("Nieuwe ideeën")).isEqualTo("ë");
        assertThat(SmsSegments.firstNonGsm("Schick „Stopp“")).isEqualTo("„");
        assertThat(SmsSegments.firstNonGsm("Great 😄")).isEqualTo("😄");
    }
}
