package eu.skilltalk.dialog;

/**
 * {@code type: jump}: goes to another step of the same dialog.
 *
 * <pre>
 * - id: again
 *   type: jump
 *   to: rate
 * </pre>
 */
public record JumpStep(String id, int line, String to) implements Step {

    @Override
    public String next() {
        return to;
    }
}
