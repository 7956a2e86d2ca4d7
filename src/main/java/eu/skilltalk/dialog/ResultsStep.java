package eu.skilltalk.dialog;

import java.util.List;

/**
 * {@code type: results}: the client's results go here, and the dialog goes on without waiting. {@code show}
 * says which: {@code summary} (strengths, growth points, chart; the default) or {@code sentences} (two or
 * three sentences for a job interview, linking their strengths to their own stories). The engine cannot
 * compute them (it sees neither the answer log nor the coach's observations), so it emits
 * {@link Event.ResultsDue} with the place among the turn's replies where they belong; the host computes the
 * messages and puts them there before the turn is committed, so a replayed turn shows the same results.
 *
 * <pre>
 * - id: results
 *   type: results
 *   show: summary
 * </pre>
 */
public record ResultsStep(String id, String next, int line, String show) implements Step {

    public static final String SUMMARY = "summary";
    public static final String SENTENCES = "sentences";
    static final List<String> SHOWS = List.of(SUMMARY, SENTENCES);
}
