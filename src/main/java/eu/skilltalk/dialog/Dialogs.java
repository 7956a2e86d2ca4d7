package eu.skilltalk.dialog;

import java.util.Map;
import java.util.Set;

/**
 * All loaded content the engine runs on: dialogs by id, the competence {@link Framework} their questions
 * refer to, the goal-job {@link Profiles} and the {@link BadgeClasses} that stand for competences.
 * {@code entry} is the dialog a new client starts with.
 */
public record Dialogs(Map<String, Dialog> byId, Framework framework, Profiles profiles, BadgeClasses badges,
        String entry) {

    public static final String DEFAULT_ENTRY = "onboarding";

    public Dialogs {
        byId = Map.copyOf(byId);
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

    /** Every competence id answers may be evidence for. */
    public Set<String> competences() {
        return framework.ids();
    }
}
