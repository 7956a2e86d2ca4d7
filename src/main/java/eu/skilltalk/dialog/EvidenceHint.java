package eu.skilltalk.dialog;

/**
 * A competence a client's story may be evidence for, as an {@link Interpreter} read it.
 *
 * <pre>{"competence": "entrecomp.2.5", "score": 0.42, "ask": true}</pre>
 *
 * @param competence competence id from the framework
 * @param score      how strongly the story points at it, 0 to 1
 * @param ask        whether it is clear enough to ask the client "Would you say this shows ...?"
 */
public record EvidenceHint(String competence, double score, boolean ask) {
}
