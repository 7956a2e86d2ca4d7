package eu.skilltalk.content;

import eu.skilltalk.dialog.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown at startup when dialogs or locales have errors; the message lists one {@code file:line: reason} per line. */
public class InvalidContentException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidContentException(List<Problem> problems) {
        super("Content has " + problems.size() + " error(s):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
