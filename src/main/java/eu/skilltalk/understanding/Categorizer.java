package eu.skilltalk.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * An OpenNLP document categorizer for one language: maximum entropy over word stems, trained in memory with
 * L-BFGS ({@code MAXENT_QN}) from labelled examples in a few dozen milliseconds. Training is deterministic, so
 * the same examples always give the same answers, and a model kept in the {@link ModelCache} is read instead.
 * (Measured on the held-out sets: GIS, naive Bayes and stem pairs as extra features were no more accurate; the
 * perceptron was less.)
 */
final class Categorizer {

    private static final int ITERATIONS = 100;

    /** A label and its probability. */
    record Scored(String label, double probability) {
    }

    /** One training example: a label and a sentence. */
    record Example(String label, String text) {
    }

    /** Same examples, same model: trained once per JVM (tests start many Spring contexts on the same content). */
    private static final Map<Trainee, Categorizer> TRAINED = new ConcurrentHashMap<>();

    private record Trainee(String language, List<Example> examples) {
    }

    private final DoccatModel model;
    private final String language;

    private Categorizer(DoccatModel model, String language) {
        this.model = model;
        this.language = language;
    }

    /**
     * The categorizer of {@code kind} ({@code intents}, {@code evidence}) for {@code language}: kept in memory
     * when this JVM has one for the same examples, else {@link #load}ed.
     */
    static Categorizer train(String kind, String language, List<Example> examples, ModelCache cache) {
        return TRAINED.computeIfAbsent(new Trainee(language, List.copyOf(examples)),
                trainee -> load(kind, trainee.language(), trainee.examples(), cache));
    }

    /** The categorizer read from {@code cache}, or trained and written to it; never from memory. */
    static Categorizer load(String kind, String language, List<Example> examples, ModelCache cache) {
        List<DocumentSample> samples = examples.stream()
                .map(e -> new DocumentSample(e.label(), Tokens.stems(e.text(), language))).toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        FeatureGenerator[] features = {new BagOfWordsFeatureGenerator()};
        // The key covers the stems, not the raw texts: a changed tokenizer or stemmer makes a new model.
        String key = ModelCache.key(language, samples, parameters, features);
        DoccatModel model = cache.model(kind + "-" + language, key, () -> {
            try {
                return DocumentCategorizerME.train(language, ObjectStreamUtils.createObjectStream(samples),
                        parameters, new DoccatFactory(features));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Categorizer(model, language);
    }

    /** Every label with its probability for {@code text}, most likely first. */
    List<Scored> categorize(String text) {
        // A categorizer per call: OpenNLP's ME classes are not safe to share between threads.
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(Tokens.stems(text, language));
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            scored.add(new Scored(categorizer.getCategory(i), probabilities[i]));
        }
        scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return scored;
    }
}
