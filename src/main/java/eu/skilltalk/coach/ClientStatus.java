package eu.skilltalk.coach;

import eu.skilltalk.cohort.ModuleProgress;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;

/**
 * Where a client stands, as a coach sees it: joined when, last seen when, which dialog and step they are
 * at, which dialogs they finished, and whether they seem stuck (a question waiting for long, or several
 * answers in a row the question could not take).
 *
 * @param name     what the client asked to be called (onboarding saves it), or {@code null}
 * @param status   the session's status ({@code ACTIVE}, {@code PAUSED}, {@code STOPPED}, {@code FINISHED}),
 *                 or {@code NEW} before the first dialog started
 * @param question locale key of the waiting question's text, or {@code null}
 */
record ClientStatus(Participant participant, String name, Instant joinedAt, String status, String dialog, String step,
        String question, List<String> finished, boolean stuck) {

    static List<String> finished(ModuleProgress progress) {
        return progress == null ? List.of() : progress.dialogs().entrySet().stream()
                .filter(e -> e.getValue().completedAt() != null).map(e -> e.getKey()).sorted().toList();
    }
}
