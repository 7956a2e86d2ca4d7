package eu.skilltalk.assessment;

import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.ScaleStep;
import eu.skilltalk.dialog.TextStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ratings and stories out of a client's answers, using the dialogs to know which step asked what: a
 * {@code scale} step with a competence is a rating, a {@code text} step with a competence is a story. Only
 * the latest answer to each step counts (a changed answer is a newer entry in the log).
 */
final class EvidenceReader {

    private final Dialogs dialogs;
    private final String othersDialog;

    EvidenceReader(Dialogs dialogs, String othersDialog) {
        this.dialogs = dialogs;
        this.othersDialog = othersDialog;
    }

    List<SummaryInputs.Rating> ratings(List<Answered> answers) {
        List<SummaryInputs.Rating> ratings = new ArrayList<>();
        for (Answered answer : latest(answers)) {
            scale(answer).ifPresent(scale -> parse(answer.value()).filter(p -> p >= 1 && p <= scale.points())
                    .ifPresent(point -> ratings.add(new SummaryInputs.Rating(answer.competence(),
                            answer.dialog().equals(othersDialog), Levels.fromScale(point, scale.points())))));
        }
        return ratings;
    }

    /** The latest story per competence, in the client's words, in the order they told them. */
    Map<String, String> stories(List<Answered> answers) {
        Map<String, String> stories = new LinkedHashMap<>();
        for (Answered answer : latest(answers)) {
            if (answer.competence() != null && answer.value() != null && !answer.value().isBlank()
                    && step(answer) instanceof TextStep) {
                stories.put(answer.competence(), answer.value().strip());
            }
        }
        return stories;
    }

    private Optional<ScaleStep> scale(Answered answer) {
        return answer.competence() != null && step(answer) instanceof ScaleStep scale ? Optional.of(scale)
                : Optional.empty();
    }

    /** The step that asked, or {@code null} when the dialog or step no longer exists. */
    private Object step(Answered answer) {
        if (!dialogs.has(answer.dialog())) {
            return null;
        }
        return dialogs.get(answer.dialog()).steps().stream().filter(s -> s.id().equals(answer.step())).findFirst()
                .orElse(null);
    }

    private static Collection<Answered> latest(List<Answered> answers) {
        Map<String, Answered> latest = new LinkedHashMap<>();
        answers.forEach(a -> latest.put(a.dialog() + "/" + a.step(), a));
        return latest.values();
    }

    private static Optional<Integer> parse(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException | NullPointerException notARating) {
            return Optional.empty();
        }
    }
}
