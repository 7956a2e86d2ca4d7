package eu.skilltalk.coach;

import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.cohort.Members;
import eu.skilltalk.dialog.DialogEngine;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What makes a prompt or reminder valid, said once for the API and the dashboard. */
@Component
class PromptRules {

    private final DialogEngine engine;
    private final Members members;

    PromptRules(DialogEngine engine, Members members) {
        this.engine = engine;
        this.members = members;
    }

    /** The problem with this prompt as {@code field: reason}, if any. */
    Optional<String> problem(Cohort cohort, String text, String dialog, Collection<String> participantIds) {
        if ((text == null) == (dialog == null)) {
            return Optional.of("text, dialog: send exactly one of them");
        }
        Optional<String> unknown = unknownDialog(dialog);
        if (unknown.isPresent()) {
            return unknown;
        }
        List<String> strangers = participantIds.isEmpty() ? List.of() : members.strangers(cohort.id(), participantIds);
        return strangers.isEmpty() ? Optional.empty()
                : Optional.of("participantIds: not in this cohort: " + strangers);
    }

    /** {@code dialog: ...} when {@code dialog} is set but no such dialog exists. */
    Optional<String> unknownDialog(String dialog) {
        return dialog == null || engine.dialogs().has(dialog) ? Optional.empty()
                : Optional.of("dialog: no dialog '" + dialog + "'; known: " + dialogs());
    }

    /** The dialogs a coach may start, sorted. */
    List<String> dialogs() {
        return engine.dialogs().byId().keySet().stream().sorted().toList();
    }

    /** Blank means not given. */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
