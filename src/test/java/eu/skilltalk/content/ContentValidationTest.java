package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of content error, written as a small broken folder, must be reported with its exact
 * {@code file:line: reason}, in the fixed order of the checks.
 */
class ContentValidationTest {

    private static final String GOOD_DIALOG = """
            format: 1
            id: onboarding
            steps:
              - id: hello
                type: say
                text: t.hello
              - id: rate
                type: scale
                text: t.rate
                low: t.low
                high: t.high
                competence: c.one
            """;

    @TempDir
    Path root;
    private Path dialogs;
    private Path locales;

    @BeforeEach
    void goodContent() throws IOException {
        dialogs = Files.createDirectories(root.resolve("dialogs"));
        locales = Files.createDirectories(root.resolve("locales"));
        write("dialogs/competences.yaml", """
                format: 1
                areas: [a]
                competences:
                  - {id: c.one, area: a, examples: [x, y]}
                """);
        write("dialogs/onboarding.yaml", GOOD_DIALOG);
        for (String language : List.of("en", "nl")) {
            write("locales/" + language + "/texts.yaml", """
                    t:
                      hello: "Hello {name}"
                      rate: "Rate"
                      low: "low"
                      high: "high"
                    area:
                      a:
                        name: "Area"
                    competence:
                      "c.one":
                        name: "One"
                        description: "The first one"
                        examples:
                          x: "An example"
                          y: "Another example"
                    """);
        }
    }

    @Test
    void realContentIsValidInEveryLanguage() {
        Content content = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));

        assertThat(content.problems()).isEmpty();
        assertThat(content.catalog().languages()).startsWith("en").contains("nl", "fr", "de");
    }

    @Test
    void goodFixtureHasNoProblems() {
        assertThat(messages()).isEmpty();
    }

    @Test
    void brokenYaml() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("    type: say", "    type: [say"));

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml") + ":6: not valid YAML: expected ',' or ']', but got :",
                unrated());
    }

    @Test
    void missingFormatVersion() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("format: 1\n", ""));

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml")
                + ":1: missing 'format: 1' (the dialog format version)",
                unrated());
    }

    @Test
    void unsupportedFormatVersion() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("format: 1", "format: 2"));

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml")
                + ":1: format '2' is not supported; this SkillTalk reads format 1",
                unrated());
    }

    @Test
    void unknownStepType() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("type: say", "type: shout"));

        assertThat(messages()).containsExactly(file("dialogs/onboarding.yaml")
                + ":5: unknown step type 'shout' (known: branch, call, choice, consent, end, jump, language, "
                + "number, pause, results, say, scale, text, yesno)");
    }

    @Test
    void unknownResults() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("type: say\n    text: t.hello",
                "type: results\n    show: horoscope"));

        assertThat(messages()).containsExactly(file("dialogs/onboarding.yaml")
                + ":6: field 'show' must be one of [summary, sentences, plan_item, plan_save, plan, followup, "
                + "followup_answer], not 'horoscope'");
    }

    @Test
    void missingAndUnknownFields() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("    low: t.low\n", "").replace("text: t.hello",
                "text: t.hello\n    colour: red"));

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml") + ":7: unknown field 'colour' in step 'hello'",
                file("dialogs/onboarding.yaml") + ":8: missing field 'low' in step 'rate'");
    }

    @Test
    void badFieldValues() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("    low: t.low", "    points: 7\n    low: t.low"));

        assertThat(messages()).containsExactly(file("dialogs/onboarding.yaml") + ":10: field 'points' must be 4 or 5, not 7");
    }

    @Test
    void graphProblems() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG + """
                  - id: hello
                    type: jump
                    to: nowhere
                  - id: call_it
                    type: call
                    dialog: missing
                """);

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml") + ":13: duplicate step id 'hello'",
                file("dialogs/onboarding.yaml") + ":13: step 'hello' goes to unknown step 'nowhere'",
                file("dialogs/onboarding.yaml") + ":16: step 'call_it' calls unknown dialog 'missing'",
                file("dialogs/onboarding.yaml") + ":16: step 'call_it' can never be reached");
    }

    /** A session stores earlier places as "dialog/step" separated by spaces, so ids must be names. */
    @Test
    void idsThatAreNotNames() throws IOException {
        write("dialogs/extra.yaml", GOOD_DIALOG.replace("id: onboarding", "id: my part")
                .replace("id: rate", "id: rate/1"));

        assertThat(messages()).containsExactly(
                file("dialogs/extra.yaml") + ":1: dialog id 'my part' may only use letters, digits, '_', '-' and '.'",
                file("dialogs/extra.yaml") + ":7: step id 'rate/1' may only use letters, digits, '_', '-' and '.'");
    }

    @Test
    void unreachableStep() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("    type: say\n    text: t.hello",
                "    type: jump\n    to: hello") + """
                  - id: done
                    type: end
                """);

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml") + ":7: step 'rate' can never be reached",
                file("dialogs/onboarding.yaml") + ":13: step 'done' can never be reached");
    }

    @Test
    void keyMissingInOneLanguage() throws IOException {
        write("locales/nl/texts.yaml", Files.readString(locales.resolve("nl/texts.yaml")).replace("  rate: \"Rate\"\n", ""));

        assertThat(messages()).containsExactly(
                file("dialogs/onboarding.yaml") + ":7: text key 't.rate' is missing in nl",
                file("locales/en/texts.yaml") + ":3: key 't.rate' is missing in nl");
    }

    @Test
    void brokenIcuMessage() throws IOException {
        write("locales/nl/texts.yaml", Files.readString(locales.resolve("nl/texts.yaml")).replace("Hello {name}",
                "Hallo {name, plural, one {x}"));

        assertThat(messages()).singleElement().asString().startsWith(file("locales/nl/texts.yaml")
                + ":2: key 't.hello' is not a valid ICU message: ");
    }

    @Test
    void unknownCompetence() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("competence: c.one", "competence: c.two"));

        assertThat(messages()).containsExactly(
                unrated(),
                file("dialogs/onboarding.yaml") + ":7: step 'rate' refers to unknown competence 'c.two'");
    }

    @Test
    void checksAreReportedInTheirFixedOrder() throws IOException {
        write("dialogs/onboarding.yaml", GOOD_DIALOG.replace("competence: c.one", "competence: c.two")
                .replace("text: t.hello", "text: t.nothing"));
        write("dialogs/broken.yaml", "format: 1\nid: [");

        assertThat(messages()).extracting(m -> m.replaceAll(".*?:\\d+: ", "")).containsExactly(
                "not valid YAML: expected the node content, but found '<stream end>'",
                "text key 't.nothing' is missing in en",
                "text key 't.nothing' is missing in nl",
                "competence 'c.one' has no self-rating: no scale step in any dialog asks about it",
                "step 'rate' refers to unknown competence 'c.two'");
    }

    @Test
    void validateCommandPrintsProblemsAndFails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int invalid;
        int valid;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            valid = ValidateCommand.run(new String[] {"validate", dialogs.toString(), locales.toString()}, print);
            write("locales/nl/texts.yaml", "t: {}\n");
            invalid = ValidateCommand.run(new String[] {"validate", dialogs.toString(), locales.toString()}, print);
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        assertThat(valid).isZero();
        assertThat(invalid).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("OK: 1 dialogs, 1 competences, 0 profiles, 2 languages")
                .contains(file("dialogs/onboarding.yaml") + ":4: text key 't.hello' is missing in nl")
                .contains("errors");
    }

    /** The fixture's only rating is in onboarding.yaml: when that file cannot be read, c.one is unrated too. */
    private String unrated() {
        return file("dialogs/competences.yaml")
                + ":4: competence 'c.one' has no self-rating: no scale step in any dialog asks about it";
    }

    private List<String> messages() {
        return new ContentLoader().load(dialogs, locales).problems().stream().map(Problem::toString).toList();
    }

    private String file(String relative) {
        return root.resolve(relative).toString();
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
