package eu.skilltalk.dialog;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog as one session sees it: a key may name session variables in braces, such as
 * {@code competence.{growth1}.name}, filled in before the lookup. A key whose variable is not set does not
 * exist, so a choice option with it is not offered. Braces may nest: {@code plan.suggest.{growth{focus}}.1}
 * fills {@code focus} first. This is how a dialog offers choices the host computed
 * (the client's growth points) without the engine knowing where they came from.
 */
final class KeyVariables implements Texts {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z0-9_]+)}");

    private final Texts texts;
    private final Map<String, String> variables;

    /** @param variables the session's variables, read at each lookup (the map may still change) */
    KeyVariables(Texts texts, Map<String, String> variables) {
        this.texts = texts;
        this.variables = variables;
    }

    /** Whether {@code key} names variables. */
    static boolean templated(String key) {
        return key != null && VARIABLE.matcher(key).find();
    }

    @Override
    public List<String> languages() {
        return texts.languages();
    }

    @Override
    public String render(String language, String key, Map<String, ?> args) {
        String filled = fill(key);
        return texts.render(language, filled == null ? key : filled, args);
    }

    @Override
    public boolean has(String language, String key) {
        String filled = fill(key);
        return filled != null && texts.has(language, filled);
    }

    @Override
    public List<String> words(String language, String key) {
        String filled = fill(key);
        return filled == null ? List.of() : texts.words(language, filled);
    }

    @Override
    public List<String> normalizedWords(String language, String key) {
        String filled = fill(key);
        return filled == null ? List.of() : texts.normalizedWords(language, filled);
    }

    /** The key with its variables filled in (innermost first), or {@code null} when one is not set. */
    private String fill(String key) {
        String filled = key;
        while (filled != null && templated(filled)) {
            filled = fillInnermost(filled);
        }
        return filled;
    }

    private String fillInnermost(String key) {
        Matcher variable = VARIABLE.matcher(key);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            String value = variables.get(variable.group(1));
            if (value == null || value.isBlank()) {
                return null;
            }
            variable.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        variable.appendTail(filled);
        return filled.toString();
    }
}
