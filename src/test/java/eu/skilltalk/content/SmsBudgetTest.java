package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client texts measured as they would go out by SMS: one warning per text over one segment, an error over three. */
class SmsBudgetTest {

    @TempDir
    Path dir;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(dir.resolve("dialogs"));
        Files.createDirectories(dir.resolve("locales/en"));
        Files.createDirectories(dir.resolve("locales/fr"));
        Files.writeString(dir.resolve("dialogs/onboarding.yaml"), """
                format: 1
                id: onboarding
                progress: true
                steps:
                  - id: pick
                    type: choice
                    text: t.pick
                    options:
                      - {value: a, text: t.a}
                      - {value: b, text: t.b}
                  - {id: rate, type: scale, text: t.rate, low: t.low, high: t.high}
                  - {id: bye, type: end, text: t.bye}
                """);
    }

    @Test
    void measuresQuestionsWithTheirNumberedChoicesAndProgress() throws IOException {
        // 6 for "(1/2) " + 140 + 2 x 9 for "\n1 Choice" = 164: over one GSM-7 segment only with its choices.
        locales("a".repeat(140), "Choice", "Rate it", "Bye {name}", "Tout va bien");

        Content content = load();

        assertThat(content.problems()).isEmpty();
        assertThat(content.warnings()).containsExactly(
                dialogs() + ":5: en: step 'pick' needs 2 SMS segments (GSM-7, 164 characters)",
                dialogs() + ":5: fr: step 'pick' needs 2 SMS segments (GSM-7, 164 characters)");
        assertThat(content.sms().byLanguage()).containsOnlyKeys("en", "fr");
        assertThat(content.sms().byLanguage().get("en")).isEqualTo(new SmsReport.Fit(4, 3, 2));
        assertThat(content.sms().byLanguage().get("en").percent()).isEqualTo(75);
    }

    @Test
    void measuresScalesByTheirLegendWithoutFacesAndSaysWhyTextIsUcs2() throws IOException {
        locales("Pick", "A", "Rate it", "Bye {name}", "Tout va très bien, à bientôt " + "!".repeat(50));

        Content content = load();

        assertThat(content.warnings()).containsExactly(dir.resolve("locales/fr/t.yaml")
                + ":10: fr: key 'extra' needs 2 SMS segments (UCS-2 because of 'ô', 79 units)");
        assertThat(content.sms().byLanguage().get("en").most()).isEqualTo(1);
    }

    @Test
    void aTextOverThreeSegmentsIsAnError() throws IOException {
        locales("Pick", "A", "Rate it", "Bye {name} " + "b".repeat(470), "Fine");

        Content content = load();

        assertThat(content.valid()).isFalse();
        assertThat(content.problems()).extracting(Object::toString).containsExactly(
                dialogs() + ":12: en: step 'bye' needs 4 SMS segments (GSM-7, 484 characters); at most 3 are allowed",
                dialogs() + ":12: fr: step 'bye' needs 4 SMS segments (GSM-7, 484 characters); at most 3 are allowed");
    }

    private void locales(String pick, String choice, String rate, String bye, String extra) throws IOException {
        for (String language : new String[] {"en", "fr"}) {
            Files.writeString(dir.resolve("locales/" + language + "/t.yaml"), """
                    language: {name: "%s"}
                    engine:
                      progress: "({current}/{total}) {text}"
                      yes: "Yes"
                      no: "No"
                      scale: {legend: "1 = {low}, {max} = {high}"}
                      words: {help: "help and other words that never go out by SMS %s"}
                    coach: {note: "%s"}
                    t: {pick: "%s", a: "%s", b: "%s", rate: "%s", low: "bad", high: "good", bye: "%s"}
                    extra: "%s"
                    """.formatted(language, "x".repeat(400), "y".repeat(400), pick, choice, choice, rate, bye,
                    language.equals("fr") ? extra : "Fine"));
        }
    }

    private Content load() {
        return new ContentLoader().load(dir.resolve("dialogs"), dir.resolve("locales"));
    }

    private Path dialogs() {
        return dir.resolve("dialogs/onboarding.yaml");
    }
}
