package eu.skilltalk.dialog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's whole state between two inputs. Immutable; the engine returns a new one with each turn.
 *
 * @param language     the language the client reads, one of the shipped ones
 * @param status       where the session stands
 * @param stack        call stack; the last frame is the question waiting for an answer
 * @param variables    saved answers by variable name (e.g. {@code name}, {@code goal})
 * @param history      stacks at earlier questions, newest last, for {@code back}
 * @param misses       answers in a row the current question could not take
 * @param pickingLanguage whether the next input answers the {@code language} command's picker
 * @param lastInputAt  when the client last wrote
 * @param confirming   a yes/no question the engine asked of its own accord, waiting for the answer, or null
 * @param languageConfirmed whether the client settled the language (answered "shall we go on in ...?" or
 *                     used the {@code language} command): no more offers to switch, and language steps pass
 */
public record State(String language, Status status, List<Frame> stack, Map<String, String> variables,
        List<Position> history, int misses, boolean pickingLanguage, Instant lastInputAt, Confirmation confirming,
        boolean languageConfirmed) {

    /** An earlier place in the conversation: the whole stack, so {@code back} also returns into a called dialog. */
    public record Position(List<Frame> stack) {
        public Position {
            stack = List.copyOf(stack);
        }

        /**
         * The stack as one line, {@code dialog/step} per frame from the bottom, separated by spaces: what a
         * session stores for each of its up to {@value DialogEngine#HISTORY_LIMIT} earlier places, at about a
         * third of the size of the frames as documents.
         */
        public String written() {
            StringBuilder line = new StringBuilder();
            for (Frame frame : stack) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(frame.dialog()).append('/').append(frame.step());
            }
            return line.toString();
        }

        /** Reads what {@link #written()} wrote. */
        public static Position read(String written) {
            List<Frame> frames = new ArrayList<>();
            for (String place : written.isEmpty() ? new String[0] : written.split(" ")) {
                int slash = place.indexOf('/');
                frames.add(new Frame(place.substring(0, slash), place.substring(slash + 1)));
            }
            return new Position(frames);
        }
    }

    /**
     * A question the engine asks of its own accord, about what the client just wrote.
     *
     * @param topic  what it asks about
     * @param value  the language offered, the command guessed ({@link Command} name) or the competence id
     * @param dialog for {@link Topic#EVIDENCE}: where the story was answered, else null
     * @param step   for {@link Topic#EVIDENCE}: the story's step, else null
     * @param at     for {@link Topic#EVIDENCE}: when the story came, else null
     */
    public record Confirmation(Topic topic, String value, String dialog, String step, Instant at) {

        /** What the engine asks about. */
        public enum Topic {
            /** "You write in French. Shall we go on in French?" */
            LANGUAGE,
            /** "Do you want to stop?" for a command the interpreter is not sure of. */
            COMMAND,
            /** "Would you say this shows planning?" */
            EVIDENCE
        }

        static Confirmation of(Topic topic, String value) {
            return new Confirmation(topic, value, null, null, null);
        }
    }

    public State {
        stack = List.copyOf(stack);
        variables = Map.copyOf(variables);
        history = List.copyOf(history);
    }

    /** A state without the interpreter's parts: nothing to confirm, the language not settled by the client. */
    public State(String language, Status status, List<Frame> stack, Map<String, String> variables,
            List<Position> history, int misses, boolean pickingLanguage, Instant lastInputAt) {
        this(language, status, stack, variables, history, misses, pickingLanguage, lastInputAt, null, false);
    }

    /** A session that has not started yet. */
    public static State fresh(String language) {
        return new State(language, Status.NEW, List.of(), Map.of(), List.of(), 0, false, null);
    }

    /** The frame waiting for input, or {@code null}. */
    public Frame current() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** This state with {@code changed} variables set (the host's, e.g. the growth points after results). */
    public State withVariables(Map<String, String> changed) {
        Map<String, String> merged = new LinkedHashMap<>(variables);
        merged.putAll(changed);
        return new State(language, status, stack, merged, history, misses, pickingLanguage, lastInputAt, confirming,
                languageConfirmed);
    }

    List<Frame> stackCopy() {
        return new ArrayList<>(stack);
    }
}
