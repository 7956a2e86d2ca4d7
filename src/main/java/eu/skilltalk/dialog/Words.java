package eu.skilltalk.dialog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Small helpers to compare what a client typed with the words a step expects; channels use them too. */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {
    }

    /** Lower case, no accents, no surrounding punctuation, single spaces: "  Oui ! " becomes "oui". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(EDGE_PUNCTUATION.matcher(plain).replaceAll("")).replaceAll(" ");
    }

    /** Whether the normalized text is one of the given words, themselves normalized. */
    static boolean isOneOf(String normalized, List<String> normalizedWords) {
        return !normalized.isEmpty() && normalizedWords.contains(normalized);
    }

    /** The whole text as a whole number within {@code [min, max]}, if it is one. */
    static OptionalInt number(String text, int min, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.matches("[+-]?\\d{1,9}")) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(trimmed);
        return value < min || value > max ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
