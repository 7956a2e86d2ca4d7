package eu.skilltalk.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dialog file: an id, its steps in order, and whether questions show progress ("3/5", by topic).
 *
 * <pre>
 * format: 1
 * id: selfcheck
 * progress: true
 * steps:
 *   - ...
 * </pre>
 */
public record Dialog(String id, String file, boolean progress, List<Step> steps) {

    public Dialog {
        steps = List.copyOf(steps);
    }

    /** The step with this id, or {@code null}. */
    public Step step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst().orElse(null);
    }

    /** The first step. */
    public Step first() {
        return steps.get(0);
    }

    /** Where to go after {@code step}: its {@code next}, else the following step, else {@code null} (end). */
    public String after(Step step) {
        if (step.next() != null) {
            return step.next();
        }
        int index = steps.indexOf(step);
        return index + 1 < steps.size() ? steps.get(index + 1).id() : null;
    }

    /**
     * Number of each question in file order, counted from 1, for progress. Questions in a row about the same
     * competence (a situation, a self-rating, a story) are one topic and share a number, so a module of five
     * topics reads "1/5" to "5/5".
     */
    public Map<String, Integer> questionNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int number = 0;
        String topic = null;
        for (Step step : steps) {
            if (step instanceof Question question) {
                if (question.competence() == null || !question.competence().equals(topic)) {
                    number++;
                }
                topic = question.competence();
                numbers.put(step.id(), number);
            }
        }
        return numbers;
    }

    /** The highest question number: how many topics the dialog has. */
    public int questionTotal() {
        return questionNumbers().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
