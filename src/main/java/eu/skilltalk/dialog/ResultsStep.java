package eu.skilltalk.dialog;

/**
 * {@code type: results}: the client's results (strengths, growth points, chart) go here, and the dialog goes
 * on without waiting. The engine cannot compute them (it sees neither the answer log nor the coach's
 * observations), so it emits {@link Event.ResultsDue} with the place among the turn's replies where they
 * belong; the host computes the messages and puts them there before the turn is committed, so a replayed
 * turn shows the same results.
 *
 * <pre>
 * - id: results
 *   type: results
 * </pre>
 */
public record ResultsStep(String id, String next, int line) implements Step {
}
