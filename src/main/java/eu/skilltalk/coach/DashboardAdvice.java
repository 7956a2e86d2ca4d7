package eu.skilltalk.coach;

import eu.skilltalk.cohort.Members;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** What every dashboard page shows (who is signed in, unread messages, languages) and its error page. */
@ControllerAdvice(annotations = Dashboard.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardAdvice {

    private final LocaleCatalog catalog;
    private final Inbox inbox;
    private final Access access;
    private final Members members;
    private final CatalogMessageSource messages;

    DashboardAdvice(LocaleCatalog catalog, Inbox inbox, Access access, Members members, CatalogMessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.inbox = inbox;
        this.access = access;
        this.members = members;
    }

    @ModelAttribute("me")
    CoachPrincipal me(@AuthenticationPrincipal CoachPrincipal me) {
        return me;
    }

    /** The page's language (for {@code <html lang>}). */
    @ModelAttribute("lang")
    String lang(Locale locale) {
        return messages.language(locale);
    }

    @ModelAttribute("unread")
    int unread(@AuthenticationPrincipal CoachPrincipal me) {
        return me == null ? 0 : inbox.threads(InboxApi.visibleClients(access, members, me)).stream()
                .mapToInt(InboxThread::unread).sum();
    }

    /** Each language by its own name, e.g. nl: Nederlands. */
    @ModelAttribute("languages")
    Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        catalog.languages().forEach(l -> languages.put(l, catalog.render(l, "language.name")));
        return languages;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView error(ResponseStatusException e) {
        ModelAndView page = new ModelAndView("coach/error");
        page.setStatus(e.getStatusCode());
        page.addObject("status", e.getStatusCode().value());
        return page;
    }
}
