package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Words of a message as the models see them: OpenNLP's tokenizer, lower case, Snowball stems per language
 * (so "organised", "organising" and "organise" are one feature), then without accents.
 */
final class Tokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, SnowballStemmer.ALGORITHM> STEMMERS = Map.of(
            "en", SnowballStemmer.ALGORITHM.ENGLISH, "nl", SnowballStemmer.ALGORITHM.DUTCH,
            "fr", SnowballStemmer.ALGORITHM.FRENCH, "de", SnowballStemmer.ALGORITHM.GERMAN);

    private Tokens() {
    }

    /** The words (letters and digits) of {@code text}, normalized like {@link Words#normalize}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SimpleTokenizer.INSTANCE.tokenize(Words.normalize(text))) {
            if (WORD.matcher(token).matches()) {
                words.add(token);
            }
        }
        return words;
    }

    /** The stems of the words of {@code text}, for a model of {@code language}. */
    static String[] stems(String text, String language) {
        SnowballStemmer.ALGORITHM algorithm = STEMMERS.get(language);
        // A new stemmer per call: Snowball stemmers keep state between calls.
        SnowballStemmer stemmer = algorithm == null ? null : new SnowballStemmer(algorithm);
        List<String> stems = new ArrayList<>();
        for (String token : SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT))) {
            if (WORD.matcher(token).find()) {
                String stem = stemmer == null ? token : stemmer.stem(token).toString();
                stems.add(Words.normalize(stem));
            }
        }
        return stems.toArray(String[]::new);
    }
}
