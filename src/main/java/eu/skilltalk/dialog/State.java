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
 */
public record State(String language, Status status, List<Frame> stack, Map<String, String> variables,
        List<Position> history, int misses, boolean pickingLanguage, Instant lastInputAt) {

    /** An earlier place in the conversation: the whole stack, so {@code back} also returns into a called dialog. */
    public record Position(List<Frame> stack) {
        public Position {
            stack = List.copyOf(stack);
        }
    }

    public State {
        stack = List.copyOf(stack);
        variables = Map.copyOf(variables);
        history = List.copyOf(history);
    }

    /** A session that has not started yet. */
    public static State fresh(String language) {
        return new State(language, Status.NEW, List.of(), Map.of(), List.of(), 0, false, null);
    }

    /** The frame waiting for input, or {@code null}. */
    public Frame current() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    State withVariables(Map<String, String> changed) {
        Map<String, String> merged = new LinkedHashMap<>(variables);
        merged.putAll(changed);
        return new State(language, status, stack, merged, history, misses, pickingLanguage, lastInputAt);
    }

    List<Frame> stackCopy() {
        return new ArrayList<>(stack);
    }
}
