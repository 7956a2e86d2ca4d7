package eu.skilltalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * {@code type: branch}: goes to the first case whose condition holds on the saved variables, else to
 * {@code else} (or the next step).
 *
 * <pre>
 * - id: route
 *   type: branch
 *   cases:
 *     - when: {var: rating, atLeast: 4}
 *       goto: proud
 *     - when: {var: goal, in: [job, training]}
 *       goto: job_route
 *   else: ask_more
 * </pre>
 *
 * Conditions: {@code equals}, {@code in}, {@code atLeast}, {@code atMost} (numbers) and
 * {@code set} (true when the variable has a value).
 */
public record BranchStep(String id, int line, List<Case> cases, String otherwise) implements Step {

    /** A condition and where to go when it holds. */
    public record Case(Condition when, String target, int line) {
    }

    /** A test on one variable; unset fields are not checked. */
    public record Condition(String variable, String equalsValue, List<String> in, Double atLeast, Double atMost,
            Boolean set) {

        boolean holds(Map<String, String> variables) {
            String value = variables.get(variable);
            boolean hasValue = value != null && !value.isEmpty();
            if (set != null && set != hasValue) {
                return false;
            }
            if (equalsValue != null && !equalsValue.equals(value)) {
                return false;
            }
            if (in != null && !in.contains(value)) {
                return false;
            }
            if (atLeast != null || atMost != null) {
                Double number = asNumber(value);
                return number != null && (atLeast == null || number >= atLeast)
                        && (atMost == null || number <= atMost);
            }
            return true;
        }

        private static Double asNumber(String value) {
            try {
                return value == null ? null : Double.valueOf(value);
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    @Override
    public String next() {
        return otherwise;
    }

    /** Where to go with these variables: a case's target, else {@code else}, else {@code null} (next step). */
    public String target(Map<String, String> variables) {
        return cases.stream().filter(c -> c.when().holds(variables)).map(Case::target).findFirst().orElse(otherwise);
    }
}
