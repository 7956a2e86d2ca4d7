package eu.skilltalk.coach;

import eu.skilltalk.schedule.ScheduleProperties;
import eu.skilltalk.locale.LocaleCatalog;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Names of content things in the coach's language, for templates ({@code ${@dashboardLabels.competence(id, #locale)}}):
 * competences and questions from the content's texts, dialogs from {@code coach.dialog.<id>}; the id when
 * there is no name.
 */
@Component
class DashboardLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LocaleCatalog catalog;
    private final CatalogMessageSource messages;
    private final ScheduleProperties properties;

    DashboardLabels(LocaleCatalog catalog, CatalogMessageSource messages, ScheduleProperties properties) {
        this.catalog = catalog;
        this.messages = messages;
        this.properties = properties;
    }

    /** A time in the clients' time zone, e.g. {@code 2026-11-30 11:00}; empty for none. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(properties.zone()));
    }

    public String competence(String id, Locale locale) {
        return name("competence." + id + ".name", id, locale);
    }

    public String dialog(String id, Locale locale) {
        return id == null ? "" : name("coach.dialog." + id, id, locale);
    }

    /** A question's text with its placeholders left empty. */
    public String question(String key, Locale locale) {
        return key == null ? "" : name(key, key, locale);
    }

    private String name(String key, String fallback, Locale locale) {
        String language = messages.language(locale);
        return catalog.has(language, key) || catalog.has(catalog.languages().get(0), key)
                ? catalog.render(language, key) : fallback;
    }
}
