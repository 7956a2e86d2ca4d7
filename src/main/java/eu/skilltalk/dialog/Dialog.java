package eu.skilltalk.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dialog file: an id, its steps in order, and whether questions show progress ("3 of 10").
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

    /** Position of each question in file order, counted from 1, for progress. */
    public Map<String, Integer> questionNumbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step instanceof Question) {
                numbers.put(step.id(), numbers.size() + 1);
            }
        }
        return numbers;
    }
}
