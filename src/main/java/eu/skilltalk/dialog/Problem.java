package eu.skilltalk.dialog;

import java.util.Comparator;

/**
 * Something wrong in a dialog or locale file, reported as {@code file:line: reason}.
 *
 * <pre>dialogs/onboarding.yaml:14: step 'ask_name' goes to unknown step 'nmae'</pre>
 */
public record Problem(Check check, String file, int line, String reason) {

    /** Report order: by check, then file, then line. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::check)
            .thenComparing(Problem::file).thenComparingInt(Problem::line);

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
