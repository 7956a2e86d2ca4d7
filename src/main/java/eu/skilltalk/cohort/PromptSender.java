package eu.skilltalk.cohort;

import eu.skilltalk.schedule.Broadcasts;
import eu.skilltalk.schedule.QuietHours;
import eu.skilltalk.schedule.Task;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Sends a coach's prompt to a cohort's clients as one broadcast: accepting it is two small writes however big
 * the cohort, and the clients get it a page at a time at the sending rate, each once, also across restarts and
 * instances. Each client is checked when their turn comes: nobody who said stop gets anything, and a dialog
 * starts only for clients who consented (the others are still onboarding). Times inside the quiet hours move
 * to the morning.
 */
@Service
public class PromptSender {

    private final Prompts prompts;
    private final Broadcasts broadcasts;
    private final QuietHours quietHours;
    private final Clock clock;

    PromptSender(Prompts prompts, Broadcasts broadcasts, QuietHours quietHours, Clock clock) {
        this.prompts = prompts;
        this.broadcasts = broadcasts;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * Sends {@code text} or starts {@code dialog} (exactly one is set) for the cohort's clients, or only for
     * {@code participantIds} among them when that is not empty; now when {@code sendAt} is {@code null} or past.
     */
    public PromptProgress send(Cohort cohort, String coachId, String text, String dialog, Instant sendAt,
            Collection<String> participantIds) {
        Instant now = clock.instant();
        Instant due = quietHours.allowed(sendAt == null || sendAt.isBefore(now) ? now : sendAt);
        String broadcastId = broadcasts.accept(cohort.id(), participantIds,
                text != null ? Task.text(text) : Task.dialog(dialog), due);
        Prompt prompt = prompts.insert(new Prompt(UUID.randomUUID().toString(), cohort.id(), coachId, text, dialog,
                broadcastId, due, now));
        return PromptProgress.accepted(prompt, now);
    }

    /** The cohort's prompts, newest first, with how far each has come. */
    public List<PromptProgress> of(String cohortId) {
        List<Prompt> sent = prompts.findByCohortIdOrderByCreatedAtDesc(cohortId);
        Map<String, Broadcasts.Status> progress = broadcasts.find(sent.stream().map(Prompt::broadcastId).toList());
        Instant now = clock.instant();
        return sent.stream().map(p -> PromptProgress.of(p, progress.get(p.broadcastId()), now)).toList();
    }
}
