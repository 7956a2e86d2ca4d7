package eu.skilltalk.channel.sms;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Words;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Reads answers the way people type them on a basic phone, before the engine sees them: {@code "2."} or
 * {@code "#2"} is 2; a number word in any shipped language ({@code three, drie, trois, drei}) is its digit; and
 * words with small typos ({@code "nederlans"}, {@code "lsit"}, {@code "tried agian"}) pick the one offered
 * choice they resemble, as a whole label or as words only that label has. Whatever it is not sure of passes unchanged, and the
 * engine's own words (commands, yes, no, skip) are never touched.
 */
final class AnswerReader {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Shorter label words ("a", "or", "the") say nothing about which choice is meant. */
    private static final int MIN_WORD = 4;

    /** Number words of every language by the number they say. */
    private final Map<Integer, List<String>> numbers = new HashMap<>();
    private final Set<String> engineWords = new HashSet<>();

    AnswerReader(LocaleCatalog catalog) {
        Map<String, Integer> values = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String language : catalog.languages()) {
            List<String> positions = catalog.words(language, "sms.words.numbers");
            for (int i = 0; i < positions.size(); i++) {
                for (String word : positions.get(i).split("/")) {
                    Integer earlier = values.putIfAbsent(Words.normalize(word), i + 1);
                    if (earlier != null && earlier != i + 1) {
                        ambiguous.add(Words.normalize(word));
                    }
                }
            }
            catalog.entries(language).keySet().stream().filter(key -> key.startsWith("engine.words."))
                    .flatMap(key -> catalog.words(language, key).stream()).map(Words::normalize)
                    .forEach(engineWords::add);
        }
        values.keySet().removeAll(ambiguous);
        values.forEach((word, value) -> numbers.computeIfAbsent(value, v -> new ArrayList<>()).add(word));
    }

    /** What to hand the engine for {@code text}, given the choices the client was last offered. */
    String read(String text, List<Choice> offered) {
        if (text == null) {
            return null;
        }
        String said = Words.normalize(text);
        if (said.isEmpty() || engineWords.contains(said)) {
            return text;
        }
        if (DIGITS.matcher(said).matches()) {
            return offered.isEmpty() ? text : said;
        }
        Optional<Integer> number = closest(said, numbers.keySet(), numbers::get);
        if (number.isPresent()) {
            return String.valueOf(number.get());
        }
        return choice(said, offered).map(Choice::key).orElse(text);
    }

    private static Optional<Choice> choice(String said, List<Choice> offered) {
        if (offered.stream().anyMatch(c -> said.equals(Words.normalize(c.label())) || said.equals(c.key()))) {
            return Optional.empty();
        }
        Optional<Choice> whole = closest(said, offered, c -> List.of(Words.normalize(c.label())));
        return whole.isPresent() ? whole : coveringLabel(said, offered);
    }

    /**
     * The one choice whose label has every telling word of the answer ("tried again", "lsit"), each within its
     * typo tolerance. Every word must be there, so a story that mentions a label's word is not taken for it.
     */
    private static Optional<Choice> coveringLabel(String said, List<Choice> offered) {
        List<String> telling = telling(said);
        if (telling.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> covering = offered.stream()
                .filter(c -> telling.stream().allMatch(w -> closest(w, telling(c.label()), List::of).isPresent()))
                .toList();
        return covering.size() == 1 ? Optional.of(covering.get(0)) : Optional.empty();
    }

    /** The words long enough to tell choices apart ("a", "or", "the" do not). */
    private static List<String> telling(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD.split(Words.normalize(text))) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The one candidate with a form nearest to {@code said}, within that form's typo tolerance and starting
     * with the same letter (people rarely mistype the first one); empty when none is near or two tie.
     */
    private static <T> Optional<T> closest(String said, Iterable<T> candidates, Function<T, List<String>> forms) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (T candidate : candidates) {
            int distance = Integer.MAX_VALUE;
            for (String form : forms.apply(candidate)) {
                if (!form.isEmpty() && form.charAt(0) == said.charAt(0)) {
                    int d = DISTANCE.apply(said, form);
                    if (d <= tolerance(form)) {
                        distance = Math.min(distance, d);
                    }
                }
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && distance != Integer.MAX_VALUE) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Typos allowed: none in one or two letters, one up to seven letters, two in longer words. */
    private static int tolerance(String word) {
        return word.length() <= 2 ? 0 : word.length() <= 7 ? 1 : 2;
    }
}
