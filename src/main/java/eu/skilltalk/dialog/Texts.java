package eu.skilltalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * The message catalog as the engine sees it: every word a client reads comes from here.
 *
 * <p>Implemented outside the engine (ICU MessageFormat over {@code locales/}).
 */
public interface Texts {

    /** Shipped languages; the first one is the fallback. */
    List<String> languages();

    /** Whether {@code language} is a shipped language; false for {@code null}. */
    default boolean speaks(String language) {
        return language != null && languages().contains(language);
    }

    /** The language a client with this language reads: it when shipped, else the fallback. */
    default String readable(String language) {
        return speaks(language) ? language : languages().get(0);
    }

    /**
     * Whether the whole message is one of the words under {@code wordsKey} in one of {@code languages} (case,
     * accents and surrounding punctuation ignored): how commands are recognised.
     */
    default boolean says(String text, String wordsKey, List<String> languages) {
        String said = Words.normalize(text);
        return languages.stream().anyMatch(language -> Words.isOneOf(said, normalizedWords(language, wordsKey)));
    }

    /** Renders {@code key} in {@code language} with named arguments. */
    String render(String language, String key, Map<String, ?> args);

    default String render(String language, String key) {
        return render(language, key, Map.of());
    }

    /** Whether {@code key} exists in {@code language}. */
    boolean has(String language, String key);

    /**
     * Word lists such as the ways to say "yes": the text of {@code key} split on {@code |}, lower-cased
     * and trimmed; empty when the key does not exist.
     */
    List<String> words(String language, String key);

    /** The {@link #words} of {@code key}, each {@link Words#normalize normalized}, as client texts are compared. */
    default List<String> normalizedWords(String language, String key) {
        return words(language, key).stream().map(Words::normalize).toList();
    }
}
