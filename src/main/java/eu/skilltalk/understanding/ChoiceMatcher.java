package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the offered choice a client meant despite small typos: the whole label ({@code "nederlans"},
 * {@code "yse"}) or the one label that has every telling word of the answer ({@code "lsit"},
 * {@code "tried agian"}). Every word must be there, so a story that mentions a label's word is not taken for it.
 */
public final class ChoiceMatcher {

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Shorter label words ("a", "or", "the") say nothing about which choice is meant. */
    private static final int MIN_WORD = 4;

    private ChoiceMatcher() {
    }

    /** The offered choice {@code text} means with a typo or two; empty for an exact label, a key or anything unsure. */
    public static Optional<Choice> match(String text, List<Choice> offered) {
        String said = Words.normalize(text);
        if (said.isEmpty()
                || offered.stream().anyMatch(c -> said.equals(Words.normalize(c.label())) || said.equals(c.key()))) {
            return Optional.empty();
        }
        Optional<Choice> whole = Typos.closest(said, offered, c -> List.of(Words.normalize(c.label())));
        return whole.isPresent() ? whole : coveringLabel(said, offered);
    }

    private static Optional<Choice> coveringLabel(String said, List<Choice> offered) {
        List<String> telling = telling(said);
        if (telling.isEmpty()) {
            return Optional.empty();
        }
        List<Choice> covering = offered.stream()
                .filter(c -> telling.stream().allMatch(w -> Typos.closest(w, telling(c.label()), List::of).isPresent()))
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
}
