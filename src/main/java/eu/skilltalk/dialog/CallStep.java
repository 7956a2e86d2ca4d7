package eu.skilltalk.dialog;

/**
 * {@code type: call}: runs another dialog and comes back here when it ends, then goes on to
 * {@code next}.
 *
 * <pre>
 * - id: module_planning
 *   type: call
 *   dialog: selfcheck
 * </pre>
 */
public record CallStep(String id, String next, int line, String dialog) implements Step {
}
