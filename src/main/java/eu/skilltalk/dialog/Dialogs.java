package eu.skilltalk.dialog;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All loaded dialogs by id, with the competence ids they may refer to. {@code entry} is the dialog a new
 * client starts with.
 */
public record Dialogs(Map<String, Dialog> byId, Set<String> competences, String entry) {

    public static final String DEFAULT_ENTRY = "onboarding";

    public Dialogs {
        byId = Map.copyOf(byId);
        competences = Set.copyOf(competences);
    }

    public static Dialogs of(Collection<Dialog> dialogs, Set<String> competences) {
        return new Dialogs(dialogs.stream().collect(Collectors.toMap(Dialog::id, Function.identity())),
                competences, DEFAULT_ENTRY);
    }

    /** The dialog with this id; fails when there is none, which the validator rules out for loaded content. */
    public Dialog get(String id) {
        Dialog dialog = byId.get(id);
        if (dialog == null) {
            throw new IllegalArgumentException("No dialog '" + id + "'");
        }
        return dialog;
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }
}
