package eu.skilltalk.badge;

import eu.skilltalk.coach.ObservedLevels;
import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.ScaleStep;
import eu.skilltalk.dialog.Step;
import eu.skilltalk.dialog.TextStep;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Ready for a badge", a suggestion for the coach, never an award: a client is ready for a badge when, for
 * every competence of it, their latest self-rating reaches the level of {@code badges.yaml} (on a 5-point
 * scale; a 4-point rating counts as rating * 5 / 4) and they told a story about it, or the newest coach
 * observation of it reaches that level.
 */
@Component
class Readiness {

    private static final double SCALE = 5.0;

    private final Dialogs dialogs;
    private final Answers answers;
    private final ObservedLevels observed;

    Readiness(Content content, Answers answers, ObservedLevels observed) {
        this.dialogs = content.dialogs();
        this.answers = answers;
        this.observed = observed;
    }

    /** The badge classes the client is ready for, in file order, whether they hold them or not. */
    List<BadgeClass> of(String participantId) {
        BadgeClasses classes = dialogs.badges();
        Map<String, Double> ratings = new HashMap<>();
        Set<String> stories = new HashSet<>();
        for (RecordedAnswer answer : answers.findByParticipantIdOrderByAtAsc(participantId)) {
            if (answer.competence() == null || !dialogs.has(answer.dialog())) {
                continue;
            }
            Step step = dialogs.get(answer.dialog()).step(answer.step());
            if (step instanceof ScaleStep scale && answer.value() != null && answer.value().matches("[0-9]")) {
                // Oldest first: a later rating replaces an earlier one.
                ratings.put(answer.competence(), Integer.parseInt(answer.value()) * SCALE / scale.points());
            } else if (step instanceof TextStep && answer.value() != null && !answer.value().isBlank()) {
                stories.add(answer.competence());
            }
        }
        Map<String, Integer> observations = observed.latest(participantId);
        return classes.all().stream().filter(badge -> badge.competences().stream().allMatch(competence ->
                ratings.getOrDefault(competence, 0.0) >= classes.level() && stories.contains(competence)
                        || observations.getOrDefault(competence, 0) >= classes.level())).toList();
    }
}
