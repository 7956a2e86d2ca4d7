package eu.skilltalk.dialog;

/**
 * {@code type: pause}: a break the dialog itself offers, e.g. between two modules. It says its text and
 * pauses the session as the {@code pause} command does; the client's next message says welcome back and
 * goes on with the following step.
 *
 * <pre>
 * - id: later
 *   type: pause
 *   text: break.later
 * </pre>
 */
public record PauseStep(String id, String next, int line, String text) implements Step {
}
