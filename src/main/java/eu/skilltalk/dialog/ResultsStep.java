package eu.skilltalk.dialog;

import java.util.List;

/**
 * {@code type: results}: the client's results (or their action plan) go here, and the dialog goes on without waiting. {@code show}
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
    /** One action of the plan, to confirm ({@code dialogs/plan_item.yaml}, docs/results.md). */
    public static final String PLAN_ITEM = "plan_item";
    /** The confirmed action goes into the plan, with its follow-up. */
    public static final String PLAN_SAVE = "plan_save";
    /** The client's plan as it is now. */
    public static final String PLAN = "plan";
    /** A follow-up: which action it asks about. */
    public static final String FOLLOW_UP = "followup";
    /** A follow-up's answer goes into the plan. */
    public static final String FOLLOW_UP_ANSWER = "followup_answer";
    static final List<String> SHOWS = List.of(SUMMARY, SENTENCES, PLAN_ITEM, PLAN_SAVE, PLAN, FOLLOW_UP,
            FOLLOW_UP_ANSWER);
}
