package eu.skilltalk.dialog;

/**
 * {@code type: end}: ends this dialog, optionally with a last message; a called dialog returns to its
 * caller.
 *
 * <pre>
 * - id: done
 *   type: end
 *   text: selfcheck.thanks
 * </pre>
 */
public record EndStep(String id, int line, String text) implements Step {

    @Override
    public String next() {
        return null;
    }
}
