package eu.skilltalk.content;

import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.Problem;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.List;

/**
 * Loaded dialogs and locales, with the problems found (errors) and warnings (texts over the SMS budget).
 */
public record Content(Dialogs dialogs, LocaleCatalog catalog, List<Problem> problems, List<String> warnings) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
