package eu.skilltalk.understanding;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import eu.skilltalk.dialog.Texts;
import eu.skilltalk.dialog.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them, in every shipped language: digits, and number words from 0 to 100 as ICU's
 * spell-out rules write them ({@code drie}, {@code vingt-cinq}, {@code fünfundzwanzig}), ordinals
 * ({@code second}, {@code tweede}), and the words for "nobody" ({@code understanding.words.none}) as 0. Words
 * that are also articles ({@code een}, {@code un}, {@code ein}: {@code understanding.words.articles}) count
 * only as a whole message, so "een paar" is not 1.
 */
public final class NumberWords {

    /** Words for numbers up to here are found despite a typo ("thre"). */
    private static final int TYPO_MAX = 10;
    private static final int WORDS_MAX = 100;
    private static final int LONGEST_FORM = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d{1,9})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Per language: normalized form (words separated by one space) to its number. */
    private final Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
    private final Map<String, Set<String>> articles = new HashMap<>();
    /** Forms that are ordinals ("second", "tweede"), of every language. */
    private final Set<String> ordinals = new HashSet<>();
    /** Small numbers by value with their forms in every language, for typo matching. */
    private final Map<Integer, List<String>> small = new HashMap<>();

    private NumberWords(Texts texts) {
        Map<String, Integer> every = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String language : texts.languages()) {
            Map<String, Integer> own = spelledOut(language, ordinals);
            texts.words(language, "understanding.words.none").forEach(w -> own.put(key(w), 0));
            forms.put(language, own);
            articles.put(language, new HashSet<>(texts.words(language, "understanding.words.articles").stream()
                    .map(NumberWords::key).toList()));
            own.forEach((form, value) -> {
                Integer earlier = every.putIfAbsent(form, value);
                if (earlier != null && !earlier.equals(value)) {
                    ambiguous.add(form);
                }
            });
        }
        every.keySet().removeAll(ambiguous);
        every.forEach((form, value) -> {
            if (value >= 1 && value <= TYPO_MAX && !form.contains(" ")) {
                small.computeIfAbsent(value, v -> new ArrayList<>()).add(form);
            }
        });
    }

    /** Number words of the languages {@code texts} ships. */
    public static NumberWords of(Texts texts) {
        return new NumberWords(texts);
    }

    /**
     * The number a whole message says in words, in any shipped language, with a small typo allowed for one to
     * ten ({@code "drie"}, {@code "thre"}, {@code "fünf"}); empty for anything else, digits included.
     */
    public OptionalInt whole(String text) {
        String said = key(text);
        if (said.isEmpty() || DIGITS.matcher(said).matches()) {
            return OptionalInt.empty();
        }
        for (Map<String, Integer> own : forms.values()) {
            Integer value = own.get(said);
            if (value != null && value >= 1) {
                return OptionalInt.of(value);
            }
        }
        Optional<Integer> near = Typos.closest(said, small.keySet(), small::get);
        return near.isPresent() ? OptionalInt.of(near.get()) : OptionalInt.empty();
    }

    /**
     * Every number {@code text} names, in order, without repeats: digits ("2nd" too) and number words, first
     * of {@code language}, then of the other languages. An ordinal wins over the cardinals beside it: "the
     * second one" is 2.
     */
    List<Integer> in(String text, String language) {
        List<String> words = List.of(NOT_WORD.split(key(text)));
        if (words.size() == 1) {
            OptionalInt alone = whole(words.get(0));
            if (alone.isPresent()) {
                return List.of(alone.getAsInt());
            }
        }
        List<Integer> found = new ArrayList<>();
        List<Integer> ordinal = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Matcher digits = LEADING_DIGITS.matcher(words.get(i));
            if (digits.find()) {
                add(found, Integer.parseInt(digits.group(1)));
                i++;
                continue;
            }
            int taken = 0;
            for (int length = Math.min(LONGEST_FORM, words.size() - i); length >= 1 && taken == 0; length--) {
                String form = String.join(" ", words.subList(i, i + length));
                Integer value = lookUp(form, language, words.size() == 1);
                if (value != null) {
                    add(ordinals.contains(form) ? ordinal : found, value);
                    taken = length;
                }
            }
            i += Math.max(taken, 1);
        }
        return ordinal.isEmpty() ? found : ordinal;
    }

    private Integer lookUp(String form, String language, boolean alone) {
        List<String> order = new ArrayList<>(forms.keySet());
        order.remove(language);
        order.add(0, language);
        for (String candidate : order) {
            Integer value = forms.getOrDefault(candidate, Map.of()).get(form);
            if (value != null && (alone || !articles.getOrDefault(candidate, Set.of()).contains(form))) {
                return value;
            }
        }
        return null;
    }

    private static void add(List<Integer> found, int value) {
        if (!found.contains(value)) {
            found.add(value);
        }
    }

    /** 0 to 100 in every cardinal and ordinal spell-out of ICU's rules for {@code language}; ordinals noted. */
    private static Map<String, Integer> spelledOut(String language, Set<String> ordinals) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
                RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> own = new HashMap<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.startsWith("%spellout-cardinal") || ruleSet.startsWith("%spellout-ordinal")
                    || ruleSet.equals("%spellout-numbering")) {
                for (int n = 0; n <= WORDS_MAX; n++) {
                    // ICU writes soft hyphens between the parts of long words ("vijf\u00ADen\u00ADtwintig").
                    String form = key(format.format(n, ruleSet).replace("\u00AD", ""));
                    own.putIfAbsent(form, n);
                    if (ruleSet.startsWith("%spellout-ordinal")) {
                        ordinals.add(form);
                    }
                }
            }
        }
        return own;
    }

    /** Normalized, with hyphens and other separators as single spaces: "Vingt-Cinq" is "vingt cinq". */
    private static String key(String text) {
        return NOT_WORD.matcher(Words.normalize(text)).replaceAll(" ").strip();
    }
}
