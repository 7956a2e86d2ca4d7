package eu.skilltalk.badge;

import eu.skilltalk.locale.LocaleCatalog;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of one public badge page in its language, for templates: {@code ${t.text('badges.page.valid')}},
 * {@code ${t.text('badges.page.reason', 'reason', a.revocationReason())}}. Instants become dates in the
 * page's language (ICU {@code {date, date, long}}).
 */
final class PageTexts {

    private final LocaleCatalog catalog;
    private final String language;

    PageTexts(LocaleCatalog catalog, String language) {
        this.catalog = catalog;
        this.language = language;
    }

    public String language() {
        return language;
    }

    public String text(String key) {
        return catalog.render(language, key);
    }

    public String text(String key, String name, Object value) {
        return catalog.render(language, key, Map.of(name, icu(value)));
    }

    public String text(String key, String name, Object value, String name2, Object value2) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name, icu(value));
        args.put(name2, icu(value2));
        return catalog.render(language, key, args);
    }

    /** Every shipped language by code, named in itself ("Nederlands"), for the language links. */
    public Map<String, String> languages() {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.languages().forEach(code -> names.put(code, catalog.render(code, "language.name")));
        return names;
    }

    private static Object icu(Object value) {
        return value instanceof Instant instant ? Date.from(instant) : value;
    }
}
