package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Intent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures understanding on held-out examples ({@code src/test/resources/nlu/<lang>/}) and prints accuracy and
 * confusion per language; fails below the floors documented in docs/understanding.md. Run alone with
 * {@code ./mvnw -q -B test -Dtest=UnderstandingEvaluationTest} to see the report.
 */
class UnderstandingEvaluationTest {

    static final double INTENT_FLOOR = 0.90;
    static final double LANGUAGE_FLOOR = 0.95;
    static final double EVIDENCE_FLOOR = 0.70;
    private static final Path NLU = Path.of("src/test/resources/nlu");
    private static final Understanding UNDERSTANDING = Trained.UNDERSTANDING;
    private static final List<String> LANGUAGES = List.of("en", "nl", "fr", "de");

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr", "de"})
    void intents(String language) throws IOException {
        List<Categorizer.Example> examples = examples(language, "intents.txt");
        Map<String, Integer> confusion = new TreeMap<>();
        int right = 0;
        int sure = 0;
        int sureWrong = 0;
        for (Categorizer.Example example : examples) {
            String label = UNDERSTANDING.intentLabel(example.text(), language);
            if (label.equals(example.label())) {
                right++;
            } else {
                confusion.merge(example.label() + " -> " + label, 1, Integer::sum);
            }
            if (UNDERSTANDING.intent(example.text(), language).filter(Intent::sure).isPresent()) {
                sure++;
                sureWrong += label.equals(example.label()) ? 0 : 1;
            }
        }
        double accuracy = (double) right / examples.size();
        System.out.printf("intents %s: %d of %d right (%.1f%%); acted on at once %d times, %d of them wrong;"
                + " confused: %s%n", language, right, examples.size(), 100 * accuracy, sure, sureWrong, confusion);
        assertThat(accuracy).isGreaterThanOrEqualTo(INTENT_FLOOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr", "de"})
    void languages(String language) throws IOException {
        List<String> texts = new ArrayList<>();
        examples(language, "intents.txt").forEach(e -> texts.add(e.text()));
        examples(language, "evidence.txt").forEach(e -> texts.add(e.text()));
        int measured = 0;
        int right = 0;
        int noticed = 0;
        int offers = 0;
        int falseAlarms = 0;
        Map<String, Integer> confusion = new TreeMap<>();
        for (String text : texts) {
            var guess = UNDERSTANDING.language(text);
            if (guess.isEmpty()) {
                continue;
            }
            measured++;
            if (guess.get().equals(language)) {
                right++;
            } else {
                confusion.merge(guess.get(), 1, Integer::sum);
            }
            for (String session : LANGUAGES) {
                if (session.equals(language)) {
                    falseAlarms += UNDERSTANDING.otherLanguage(text, session).isPresent() ? 1 : 0;
                } else {
                    offers++;
                    noticed += UNDERSTANDING.otherLanguage(text, session).filter(language::equals).isPresent() ? 1 : 0;
                }
            }
        }
        double accuracy = (double) right / measured;
        System.out.printf("language %s: %d of %d messages of 3+ words right (%.1f%%), taken for %s; in a session in"
                + " another language, offered to switch %d of %d times (%.1f%%); false offers in its own: %d%n",
                language, right, measured, 100 * accuracy, confusion, noticed, offers, 100.0 * noticed / offers,
                falseAlarms);
        assertThat(accuracy).isGreaterThanOrEqualTo(LANGUAGE_FLOOR);
        assertThat(falseAlarms).as("offers to switch to another language in the client's own").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl", "fr", "de"})
    void evidence(String language) throws IOException {
        List<Categorizer.Example> stories = examples(language, "evidence.txt");
        int hits = 0;
        int asked = 0;
        int askedRight = 0;
        List<String> misses = new ArrayList<>();
        for (Categorizer.Example story : stories) {
            List<String> expected = List.of(story.label().split(","));
            List<EvidenceHint> hints = UNDERSTANDING.evidence(story.text(), language);
            if (hints.stream().anyMatch(h -> expected.contains(h.competence()))) {
                hits++;
            } else {
                misses.add(expected + " got " + hints.stream().map(EvidenceHint::competence).toList());
            }
            for (EvidenceHint hint : hints) {
                if (hint.ask()) {
                    asked++;
                    askedRight += expected.contains(hint.competence()) ? 1 : 0;
                }
            }
        }
        double rate = (double) hits / stories.size();
        System.out.printf("evidence %s: top-2 hit %d of %d (%.1f%%); would ask %d times, %d about a right one;"
                + " missed: %s%n", language, hits, stories.size(), 100 * rate, asked, askedRight, misses);
        assertThat(rate).isGreaterThanOrEqualTo(EVIDENCE_FLOOR);
    }

    private static List<Categorizer.Example> examples(String language, String file) throws IOException {
        Path path = NLU.resolve(language).resolve(file);
        return Examples.parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
    }
}
