package eu.skilltalk.coach;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every dashboard page shows (who is signed in, unread messages, languages) and its error page.
 * The header is looked up per request: web slice tests load this advice without the coach module.
 */
@ControllerAdvice(annotations = Dashboard.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardAdvice {

    private final ObjectProvider<DashboardHeader> header;

    DashboardAdvice(ObjectProvider<DashboardHeader> header) {
        this.header = header;
    }

    @ModelAttribute("me")
    CoachPrincipal me(@AuthenticationPrincipal CoachPrincipal me) {
        return me;
    }

    /** The page's language (for {@code <html lang>}). */
    @ModelAttribute("lang")
    String lang(Locale locale) {
        return header.getObject().language(locale);
    }

    @ModelAttribute("unread")
    int unread(@AuthenticationPrincipal CoachPrincipal me) {
        return header.getObject().unread(me);
    }

    @ModelAttribute("languages")
    Map<String, String> languages() {
        return header.getObject().languages();
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView error(ResponseStatusException e) {
        ModelAndView page = new ModelAndView("coach/error");
        page.setStatus(e.getStatusCode());
        page.addObject("status", e.getStatusCode().value());
        return page;
    }
}
