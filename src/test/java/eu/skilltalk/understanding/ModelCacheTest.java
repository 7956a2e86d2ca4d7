package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Trained models kept on disk: a later start reads the very model training gives, other examples make another
 * file, and a damaged file or an unusable folder never costs more than training. Goes through
 * {@link Categorizer#load}, which skips the in-memory models, so every start here is a fresh one.
 */
class ModelCacheTest {

    private static final List<Categorizer.Example> EXAMPLES = Examples.read("en", "intents.txt");
    private static final List<String> TEXTS = List.of("yes please", "can I talk to someone", "I want to stop",
            "hello there", "I made a list and asked my sister");
    /** The answers of the model trained without a cache. */
    private static final List<List<Categorizer.Scored>> TRAINED = answers(load(EXAMPLES, ModelCache.in("")));

    @TempDir
    Path folder;

    @Test
    void theFirstStartWritesTheModelAndTheNextReadsItWithTheSameAnswers() throws IOException {
        ModelCache first = ModelCache.in(folder.toString());
        assertThat(answers(load(EXAMPLES, first))).isEqualTo(TRAINED);
        assertThat(first.trained()).isEqualTo(1);
        Path file = onlyFile();
        assertThat(file.getFileName().toString()).matches("intents-en-[0-9a-f]{16}\\.bin");
        byte[] written = Files.readAllBytes(file);

        ModelCache next = ModelCache.in(folder.toString());
        List<List<Categorizer.Scored>> read = answers(load(EXAMPLES, next));

        assertThat(next.read()).isEqualTo(1);
        assertThat(next.trained()).isZero();
        assertThat(read).isEqualTo(TRAINED);
        assertThat(Files.readAllBytes(file)).isEqualTo(written);
        assertThat(next.summary()).isEqualTo("models: 1 read from " + folder + ", 0 trained");
    }

    @Test
    void oneChangedExampleIsAnotherModelInAFileOfItsOwn() throws IOException {
        load(EXAMPLES, ModelCache.in(folder.toString()));
        Path before = onlyFile();
        byte[] written = Files.readAllBytes(before);
        List<Categorizer.Example> changed = new ArrayList<>(EXAMPLES);
        // One word for another: as many words as before, so only the words themselves tell the models apart.
        Categorizer.Example first = changed.get(0);
        changed.set(0, new Categorizer.Example(first.label(), first.text().replaceFirst("^\\S+", "today")));

        ModelCache next = ModelCache.in(folder.toString());
        load(changed, next);

        assertThat(next.trained()).isEqualTo(1);
        assertThat(files()).hasSize(2).contains(before);
        assertThat(Files.readAllBytes(before)).isEqualTo(written);
    }

    @Test
    void aDamagedFileIsTrainedAgainAndReplaced() throws IOException {
        load(EXAMPLES, ModelCache.in(folder.toString()));
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        ModelCache damaged = ModelCache.in(folder.toString());
        assertThat(answers(load(EXAMPLES, damaged))).isEqualTo(TRAINED);
        assertThat(damaged.trained()).isEqualTo(1);
        assertThat(damaged.read()).isZero();

        ModelCache repaired = ModelCache.in(folder.toString());
        assertThat(answers(load(EXAMPLES, repaired))).isEqualTo(TRAINED);
        assertThat(repaired.read()).isEqualTo(1);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aCacheThatCannotBeAFolderStillTrainsAndAnswers() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("models"), "a file, not a folder");

        ModelCache cache = ModelCache.in(notAFolder.toString());

        assertThat(answers(load(EXAMPLES, cache))).isEqualTo(TRAINED);
        assertThat(cache.trained()).isEqualTo(1);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file, not a folder");
        assertThat(files()).containsExactly(notAFolder);
    }

    @Test
    void anEmptySettingTurnsTheCacheOff() {
        assertThat(bind(Map.of()).modelCache()).isEqualTo("data/models");
        UnderstandingProperties off = bind(Map.of("skilltalk.understanding.model-cache", ""));
        ModelCache none = ModelCache.in(off.modelCache());

        load(EXAMPLES, none);

        assertThat(none.trained()).isEqualTo(1);
        assertThat(none.summary()).isEqualTo("models: 1 trained, no model cache");
        assertThat(UnderstandingProperties.defaults().modelCache()).isEmpty();
    }

    @Test
    void theKeyChangesWithEverythingThatMakesTheModel() throws IOException {
        List<DocumentSample> samples = List.of(new DocumentSample("yes", new String[] {"sure"}),
                new DocumentSample("no", new String[] {"nope"}));
        FeatureGenerator words = new BagOfWordsFeatureGenerator();
        String key = key("en", samples, 100, words);

        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(key("en", samples, 100, words));
        assertThat(Stream.of(key("nl", samples, 100, words), key("en", samples, 101, words),
                key("en", samples, 100, new NGramFeatureGenerator()),
                key("en", samples.subList(0, 1), 100, words),
                key("en", List.of(samples.get(0), new DocumentSample("yes", new String[] {"nope"})), 100, words),
                key("en", List.of(samples.get(0), new DocumentSample("no", new String[] {"nah"})), 100, words),
                key("en", List.of(samples.get(0), new DocumentSample("no", new String[] {"no", "pe"})), 100, words),
                key("en", List.of(samples.get(1), samples.get(0)), 100, words)))
                .doesNotContain(key).doesNotHaveDuplicates();
    }

    @Test
    void aSecondStartInTheSameJvmKeepsTheModelsInMemory() {
        Categorizer first = Categorizer.train("intents", "en", EXAMPLES, ModelCache.in(folder.toString()));
        ModelCache next = ModelCache.in(folder.resolve("elsewhere").toString());

        assertThat(Categorizer.train("intents", "en", EXAMPLES, next)).isSameAs(first);
        assertThat(next.summary()).isEqualTo("models kept in memory from an earlier start in this JVM");
    }

    private static String key(String language, List<DocumentSample> samples, int iterations,
            FeatureGenerator feature) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        return ModelCache.key(language, samples, parameters, new FeatureGenerator[] {feature});
    }

    private static UnderstandingProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("skilltalk.understanding",
                UnderstandingProperties.class);
    }

    private static Categorizer load(List<Categorizer.Example> examples, ModelCache cache) {
        return Categorizer.load("intents", "en", examples, cache);
    }

    private static List<List<Categorizer.Scored>> answers(Categorizer categorizer) {
        return TEXTS.stream().map(categorizer::categorize).toList();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private Path onlyFile() throws IOException {
        List<Path> files = files();
        assertThat(files).hasSize(1);
        return files.get(0);
    }
}
