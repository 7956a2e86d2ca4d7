package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Texts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which shipped language a message is written in. OpenNLP's language detector ({@code langdetect-183.bin}
 * from {@code opennlp-models-langdetect}) knows 103 languages and takes short Dutch for Afrikaans, so its
 * answer is restricted to the shipped languages (Afrikaans counts for Dutch when it scores higher) and added to the share of the
 * message's words that are common words of each language ({@code understanding.words.common}). Messages
 * shorter than {@code minWords} are not guessed at.
 */
final class LanguageGuesser {

    /** Languages the detector confuses with a shipped one, and that one. */
    private static final Map<String, String> KIN = Map.of("afr", "nld");

    private final LanguageDetectorModel model;
    private final Map<String, String> shippedByIso3 = new LinkedHashMap<>();
    private final Map<String, Set<String>> common = new HashMap<>();
    private final int minWords;
    private final double margin;

    LanguageGuesser(Texts texts, int minWords, double margin) {
        this.model = Models.languageDetector();
        this.minWords = minWords;
        this.margin = margin;
        for (String language : texts.languages()) {
            shippedByIso3.put(Locale.forLanguageTag(language).getISO3Language(), language);
            common.put(language, new HashSet<>(texts.words(language, "understanding.words.common").stream()
                    .flatMap(w -> Tokens.words(w).stream()).toList()));
        }
    }

    /** The best shipped language for {@code text}, or empty when it has too few words to tell. */
    Optional<String> guess(String text) {
        return scores(text).entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The shipped language {@code text} is clearly written in when it is not {@code expected}: the best guess,
     * ahead of the expected language by the margin (the channel's or chosen language gets the benefit of the
     * doubt), with more of its own common words in the message than the expected language has.
     */
    Optional<String> other(String text, String expected) {
        Map<String, Double> scores = scores(text);
        Optional<String> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (best.isEmpty() || best.get().equals(expected)) {
            return Optional.empty();
        }
        List<String> words = Tokens.words(text);
        boolean ahead = scores.get(best.get()) - scores.getOrDefault(expected, 0.0) >= margin;
        boolean moreCommonWords = known(words, best.get()) > known(words, expected);
        return ahead && moreCommonWords ? best : Optional.empty();
    }

    /**
     * Per shipped language: the detector's share among the shipped languages plus the share of the message's
     * words that are its common words (0 to 2); empty when the message is too short to tell.
     */
    Map<String, Double> scores(String text) {
        List<String> words = Tokens.words(text);
        if (words.size() < minWords) {
            return Map.of();
        }
        Map<String, Double> detected = new LinkedHashMap<>();
        shippedByIso3.values().forEach(l -> detected.put(l, 0.0));
        double total = 0;
        for (Language language : new LanguageDetectorME(model).predictLanguages(text)) {
            String shipped = shippedByIso3.get(KIN.getOrDefault(language.getLang(), language.getLang()));
            if (shipped != null) {
                detected.merge(shipped, language.getConfidence(), Math::max);
                total += language.getConfidence();
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Map.Entry<String, Double> language : detected.entrySet()) {
            double share = total == 0 ? 0 : language.getValue() / total;
            scores.put(language.getKey(), share + (double) known(words, language.getKey()) / words.size());
        }
        return scores;
    }

    private long known(List<String> words, String language) {
        Set<String> own = common.getOrDefault(language, Set.of());
        return words.stream().filter(own::contains).count();
    }
}
