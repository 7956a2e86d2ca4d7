package eu.skilltalk.locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import eu.skilltalk.dialog.Texts;
import eu.skilltalk.dialog.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loaded {@code locales/}: for each shipped language, its texts by key. Renders ICU MessageFormat
 * patterns, e.g. {@code "{count, plural, one {# question} other {# questions}} left"}.
 */
public final class LocaleCatalog implements Texts {

    /** A text and where it was written, for error messages. */
    public record Entry(String pattern, String file, int line) {
    }

    private final List<String> languages;
    private final Map<String, Map<String, Entry>> entries;
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    private final Map<String, List<String>> wordLists = new ConcurrentHashMap<>();
    private final Map<String, List<String>> normalizedWordLists = new ConcurrentHashMap<>();

    public LocaleCatalog(List<String> languages, Map<String, Map<String, Entry>> entries) {
        this.languages = List.copyOf(languages);
        this.entries = Map.copyOf(entries);
    }

    @Override
    public List<String> languages() {
        return languages;
    }

    /** Every entry of one language by key. */
    public Map<String, Entry> entries(String language) {
        return entries.getOrDefault(language, Map.of());
    }

    @Override
    public boolean has(String language, String key) {
        return entries(language).containsKey(key);
    }

    /** Renders the key; a key missing in this language falls back to the first language, then to the key itself. */
    @Override
    public String render(String language, String key, Map<String, ?> args) {
        String lang = has(language, key) ? language : languages.get(0);
        Entry entry = entries(lang).get(key);
        if (entry == null) {
            return key;
        }
        MessageFormat format = compiled.computeIfAbsent(lang + '\u0000' + key,
                k -> new MessageFormat(entry.pattern(), ULocale.forLanguageTag(lang)));
        @SuppressWarnings("unchecked")
        Map<String, Object> named = (Map<String, Object>) args;
        return format.format(named).strip();
    }

    @Override
    public List<String> words(String language, String key) {
        Entry entry = entries(language).get(key);
        if (entry == null) {
            return List.of();
        }
        return wordLists.computeIfAbsent(language + '\u0000' + key,
                k -> Arrays.stream(entry.pattern().split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                        .filter(w -> !w.isEmpty()).toList());
    }

    /**
     * Kept, like {@link #words}, for the catalog's own keys only (a key filled in from session variables that
     * names no text is not remembered): commands and yes/no answers are looked for in every message.
     */
    @Override
    public List<String> normalizedWords(String language, String key) {
        if (!has(language, key)) {
            return List.of();
        }
        return normalizedWordLists.computeIfAbsent(language + '\u0000' + key,
                k -> words(language, key).stream().map(Words::normalize).toList());
    }
}
