package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Intent;
import eu.skilltalk.dialog.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples the models learn from: there for every shipped language, with known labels, never the held-out ones. */
class TrainingDataTest {

    private static final Set<String> INTENTS = Stream.concat(Arrays.stream(Intent.Kind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)), Stream.of(IntentModel.NONE)).collect(Collectors.toSet());
    private static final int ENOUGH = 15;

    @Test
    void everyShippedLanguageHasIntentsForEveryLabel() {
        for (String language : Trained.CONTENT.catalog().languages()) {
            Map<String, Long> perLabel = Examples.read(language, "intents.txt").stream()
                    .collect(Collectors.groupingBy(Categorizer.Example::label, Collectors.counting()));
            assertThat(perLabel.keySet()).as(language).isEqualTo(INTENTS);
            assertThat(perLabel.values()).as(language).allMatch(n -> n >= ENOUGH);
        }
    }

    @Test
    void everyShippedLanguageHasStoriesForEveryCompetence() {
        Set<String> competences = Trained.CONTENT.dialogs().competences();
        for (String language : Trained.CONTENT.catalog().languages()) {
            Set<String> labels = Examples.read(language, "evidence.txt").stream().map(Categorizer.Example::label)
                    .collect(Collectors.toSet());
            assertThat(labels).as(language).isEqualTo(competences);
        }
    }

    @Test
    void heldOutExamplesAreNeverTrainedOn() throws IOException {
        for (String language : Trained.CONTENT.catalog().languages()) {
            for (String file : List.of("intents.txt", "evidence.txt")) {
                Set<String> trained = Examples.read(language, file).stream().map(e -> Words.normalize(e.text()))
                        .collect(Collectors.toSet());
                Path heldOut = Path.of("src/test/resources/nlu", language, file);
                List<String> leaked = Examples.parse(Files.readAllLines(heldOut, StandardCharsets.UTF_8), file).stream()
                        .map(Categorizer.Example::text).filter(t -> trained.contains(Words.normalize(t))).toList();
                assertThat(leaked).as(heldOut.toString()).isEmpty();
            }
        }
    }

    @Test
    void heldOutSetsAreBigEnoughToMeasure() throws IOException {
        Map<String, String> families = Map.of("yes", "answers", "no", "answers", "dont_know", "answers",
                "greeting", "other", IntentModel.NONE, "other");
        for (String language : Trained.CONTENT.catalog().languages()) {
            Path path = Path.of("src/test/resources/nlu", language, "intents.txt");
            Map<String, Long> perFamily = Examples.parse(Files.readAllLines(path, StandardCharsets.UTF_8), "")
                    .stream().map(e -> families.getOrDefault(e.label(), "commands"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perFamily.values()).as(language).hasSize(3).allMatch(n -> n >= 50);
            Path stories = Path.of("src/test/resources/nlu", language, "evidence.txt");
            assertThat(Examples.parse(Files.readAllLines(stories, StandardCharsets.UTF_8), "")).hasSizeGreaterThanOrEqualTo(30);
        }
    }
}
