package eu.skilltalk.coach;

import eu.skilltalk.cohort.Members;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the top of every dashboard page shows: unread messages, the languages, the page's language. */
@Component
class DashboardHeader {

    private final LocaleCatalog catalog;
    private final CoachInbox inbox;
    private final Access access;
    private final Members members;
    private final CatalogMessageSource messages;

    DashboardHeader(LocaleCatalog catalog, CoachInbox inbox, Access access, Members members, CatalogMessageSource messages) {
        this.catalog = catalog;
        this.inbox = inbox;
        this.access = access;
        this.members = members;
        this.messages = messages;
    }

    String language(Locale locale) {
        return messages.language(locale);
    }

    int unread(CoachPrincipal me) {
        return me == null ? 0 : inbox.threads(InboxApi.visibleClients(access, members, me)).stream()
                .mapToInt(InboxThread::unread).sum();
    }

    /** Each language by its own name, e.g. nl: Nederlands. */
    Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        catalog.languages().forEach(l -> languages.put(l, catalog.render(l, "language.name")));
        return languages;
    }
}
