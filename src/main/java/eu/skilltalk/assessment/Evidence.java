package eu.skilltalk.assessment;

import java.util.List;

/**
 * What is known of one competence of one client, on the 1-5 scale: the client's own ratings, how they say
 * others see them, whether they told a story about it, and the level a coach observed.
 *
 * <pre>{"competence": "entrecomp.3.2", "own": [4.0], "others": [], "story": true, "observed": 3}</pre>
 *
 * @param observed the newest coach observation, or {@code null}
 */
record Evidence(String competence, List<Double> own, List<Double> others, boolean story, Integer observed) {

    Evidence {
        own = List.copyOf(own);
        others = List.copyOf(others);
    }

    boolean any() {
        return !own.isEmpty() || !others.isEmpty() || observed != null;
    }
}
