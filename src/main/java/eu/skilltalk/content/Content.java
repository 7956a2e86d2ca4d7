package eu.skilltalk.content;

import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.Problem;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.List;

/**
 * Loaded dialogs (with the competence framework and goal-job profiles) and locales, with the problems found
 * (errors) and what the client texts cost as SMS.
 */
public record Content(Dialogs dialogs, LocaleCatalog catalog, List<Problem> problems, SmsReport sms) {

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Texts that need more than one SMS segment, one {@code file:line: language: what} per line. */
    public List<String> warnings() {
        return sms.warnings();
    }
}
