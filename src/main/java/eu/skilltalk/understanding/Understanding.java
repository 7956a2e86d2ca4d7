package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Framework;
import eu.skilltalk.dialog.Intent;
import eu.skilltalk.dialog.Interpreter;
import eu.skilltalk.dialog.Texts;
import eu.skilltalk.dialog.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's {@link Interpreter} for every shipped language: word lists from
 * {@code locales/<lang>/understanding.yaml} and {@code engine.words.*}, ICU spell-out for number words, and
 * OpenNLP models for language, intents and evidence. Numbers in a choice or scale answer count only in short
 * messages, so "I have 3 kids" at a question with three options is not option 3.
 */
public final class Understanding implements Interpreter {

    /** Messages of at most this many words can be a number or a rating; longer ones are sentences. */
    private static final int SHORT = 5;

    private final NumberWords numbers;
    private final ScaleWords scales;
    private final LanguageGuesser languages;
    private final IntentModel intents;
    private final EvidenceModel evidence;
    private final ModelCache cache;
    /** Yes and no in every shipped language: normalized words to true (yes) or false (no). */
    private final Map<String, Boolean> yesNo = new HashMap<>();

    private Understanding(Texts texts, Framework framework, UnderstandingProperties properties) {
        this.numbers = NumberWords.of(texts);
        this.scales = new ScaleWords(texts);
        this.languages = new LanguageGuesser(texts, properties.language().minWords(), properties.language().margin());
        this.cache = ModelCache.in(properties.modelCache());
        this.intents = new IntentModel(texts, properties.intents(), cache);
        this.evidence = new EvidenceModel(texts, framework, properties.evidence(), cache);
        Set<String> both = new HashSet<>();
        for (String language : texts.languages()) {
            for (String key : List.of("engine.words.yes", "understanding.words.yes", "engine.words.no",
                    "understanding.words.no")) {
                boolean yes = key.endsWith(".yes");
                texts.normalizedWords(language, key).forEach(word -> {
                    Boolean earlier = yesNo.putIfAbsent(word, yes);
                    if (earlier != null && earlier != yes) {
                        both.add(word);
                    }
                });
            }
        }
        yesNo.keySet().removeAll(both);
    }

    /** Trains the models for the languages and competences of the loaded content, or reads them from the cache. */
    public static Understanding train(Texts texts, Framework framework, UnderstandingProperties properties) {
        return new Understanding(texts, framework, properties);
    }

    @Override
    public List<String> choices(String text, String language, List<Choice> offered) {
        Optional<Choice> typo = ChoiceMatcher.match(text, offered);
        if (typo.isPresent()) {
            return List.of(typo.get().key());
        }
        if (Tokens.words(text).size() > SHORT) {
            return List.of();
        }
        Set<String> keys = new HashSet<>(offered.stream().map(Choice::key).toList());
        return numbers.in(text, language).stream().map(String::valueOf).filter(keys::contains).toList();
    }

    @Override
    public List<Integer> scale(String text, String language, int points) {
        List<Integer> found = new ArrayList<>();
        if (Tokens.words(text).size() <= SHORT) {
            numbers.in(ScaleWords.withoutTop(text, points), language).stream()
                    .filter(n -> n >= 1 && n <= points).forEach(found::add);
        }
        for (int point : scales.points(text, language)) {
            ScaleWords.onScale(point, points).stream().filter(p -> !found.contains(p)).forEach(found::add);
        }
        return found;
    }

    @Override
    public List<Integer> numbers(String text, String language, int min, int max) {
        return numbers.in(text, language).stream().filter(n -> n >= min && n <= max).toList();
    }

    @Override
    public Optional<Boolean> yesNo(String text, String language) {
        Boolean word = yesNo.get(Words.normalize(text));
        if (word != null) {
            return Optional.of(word);
        }
        return intents.read(text, language).filter(Intent::sure)
                .filter(i -> i.kind() == Intent.Kind.YES || i.kind() == Intent.Kind.NO)
                .map(i -> i.kind() == Intent.Kind.YES);
    }

    @Override
    public Optional<Intent> intent(String text, String language) {
        return intents.read(text, language);
    }

    @Override
    public Optional<String> otherLanguage(String text, String expected) {
        return languages.other(text, expected);
    }

    @Override
    public List<EvidenceHint> evidence(String text, String language) {
        return evidence.hints(text, language);
    }

    /** The best shipped language for {@code text}, for measuring; empty when it is too short to tell. */
    Optional<String> language(String text) {
        return languages.guess(text);
    }

    /** Where the models came from (cache, training, memory), for the start's log. */
    String modelSources() {
        return cache.summary();
    }

    /** The intent label as the engine would act on it ({@code none} included), for measuring. */
    String intentLabel(String text, String language) {
        return intents.label(text, language);
    }
}
