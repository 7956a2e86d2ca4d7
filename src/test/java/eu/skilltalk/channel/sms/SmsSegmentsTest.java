package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.channel.sms.SmsSegments.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void gsm7FitsOneHundredSixtyInOneAndOneHundredFiftyThreePerPart() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(Encoding.GSM7, 160, 1));
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(Encoding.GSM7, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersTakeTwoSeptetsAndAreNeverCutInHalf() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM7, 160, 1));
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM7, 162, 2));
        // 152 septets, then a two-septet character that would straddle the 153 boundary moves to part two.
        assertThat(SmsSegments.of("a".repeat(152) + "{" + "a".repeat(152)).segments()).isEqualTo(3);
        assertThat(SmsSegments.of("a".repeat(151) + "{" + "a".repeat(153)).segments()).isEqualTo(2);
    }

    @Test
    void oneCharacterOutsideGsm7MakesTheWholeTextUcs2() {
        assertThat(SmsSegments.of("a".repeat(69) + "ç")).isEqualTo(new SmsSegments(Encoding.UCS2, 70, 1));
        assertThat(SmsSegments.of("a".repeat(70) + "ç")).isEqualTo(new SmsSegments(Encoding.UCS2, 71, 2));
        assertThat(SmsSegments.of("a".repeat(134) + "ç").segments()).isEqualTo(3);
    }

    @Test
    void anEmojiTakesTwoUnitsAndStaysWhole() {
        assertThat(SmsSegments.of("😄")).isEqualTo(new SmsSegments(Encoding.UCS2, 2, 1));
        assertThat(SmsSegments.of("a".repeat(68) + "😄")).isEqualTo(new SmsSegments(Encoding.UCS2, 70, 1));
        assertThat(SmsSegments.of("a".repeat(69) + "😄").segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(65) + "😄" + "a".repeat(67)).segments()).isEqualTo(2);
        // 134 units would fill two parts of 67, but the emoji cannot straddle them.
        assertThat(SmsSegments.of("a".repeat(66) + "😄" + "a".repeat(66)).segments()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Send STOP to stop. Price: €5 {ok}        | GSM7 | 36
            en | Great job! 😄                            | UCS2 | 13
            nl | Oké, je krijgt geen berichten meer.      | GSM7 | 35
            nl | Dank je wel 🙂                           | UCS2 | 14
            fr | Ça va très bien, à bientôt ?             | UCS2 | 28
            fr | Ça va très bien, à demain ?              | GSM7 | 27
            fr | Tu peux envoyer : répéter, retour        | GSM7 | 33
            de | Grüße aus Köln, bis später!              | GSM7 | 27
            de | Schöne Grüße 😐 [Pause]                  | UCS2 | 23
            """)
    void shippedLanguagesStayGsm7UnlessALetterOrEmojiIsOutsideIt(String language, String text, Encoding encoding,
            int units) {
        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(encoding, units, 1));
    }
}
