package eu.skilltalk.understanding;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Small typos as people make them on a phone keyboard: Damerau-Levenshtein distance (commons-text), no typo
 * in words of one or two letters, one up to seven letters, two in longer words, and never in the first letter.
 */
final class Typos {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

    private Typos() {
    }

    /**
     * The one candidate with a form nearest to {@code said}, within that form's typo tolerance and starting
     * with the same letter (people rarely mistype the first one); empty when none is near or two tie.
     */
    static <T> Optional<T> closest(String said, Iterable<T> candidates, Function<T, List<String>> forms) {
        if (said.isEmpty()) {
            return Optional.empty();
        }
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
