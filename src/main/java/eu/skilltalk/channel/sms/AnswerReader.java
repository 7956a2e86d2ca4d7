package eu.skilltalk.channel.sms;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Words;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.understanding.ChoiceMatcher;
import eu.skilltalk.understanding.NumberWords;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads answers the way people type them on a basic phone, before the engine sees them: {@code "2."} or
 * {@code "#2"} is 2; a number word in any shipped language ({@code three, drie, trois, drei}, with a small typo
 * too) is its digit; and words with small typos ({@code "nederlans"}, {@code "lsit"}, {@code "tried agian"})
 * pick the one offered choice they resemble, as a whole label or as words only that label has. The word
 * knowledge is the understanding module's ({@link NumberWords}, {@link ChoiceMatcher}), which serves every
 * channel inside the engine; here it also runs against the choices last sent to the number, which include
 * those of the engine's own questions. Whatever it is not sure of passes unchanged, and the engine's own
 * words (commands, yes, no, skip) and the privacy commands ("my data", "delete me") are never touched.
 */
final class AnswerReader {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

    private final NumberWords numbers;
    /** Whole messages that are commands, not answers. */
    private static final List<String> COMMAND_WORDS = List.of("engine.words.", "privacy.words.", "plan.words.");

    private final Set<String> engineWords = new HashSet<>();

    AnswerReader(LocaleCatalog catalog) {
        this.numbers = NumberWords.of(catalog);
        for (String language : catalog.languages()) {
            catalog.entries(language).keySet().stream().filter(key -> COMMAND_WORDS.stream().anyMatch(key::startsWith))
                    .flatMap(key -> catalog.normalizedWords(language, key).stream())
                    .forEach(engineWords::add);
        }
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
        OptionalInt number = numbers.whole(said);
        if (number.isPresent()) {
            return String.valueOf(number.getAsInt());
        }
        return ChoiceMatcher.match(said, offered).map(Choice::key).orElse(text);
    }
}
