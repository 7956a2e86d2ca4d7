package eu.skilltalk.assessment;

import java.util.List;

/**
 * Everything a summary was computed from, stored with it: when any of it changes, the summary is computed
 * again. Lists rather than maps, because competence ids contain dots (not allowed in MongoDB field names).
 *
 * <pre>{"profile": "cleaner", "ratings": [{"competence": "entrecomp.3.2", "others": false, "level": 4.0}],
 *  "stories": ["entrecomp.3.2"], "observed": [{"competence": "entrecomp.3.4", "level": 3}], "overrides": []}</pre>
 *
 * @param profile   the goal profile used (the general one when the goal is unknown)
 * @param ratings   the latest rating of every rating question, on the 1-5 scale
 * @param stories   competences the client told a story about
 * @param observed  the newest coach observation per competence
 * @param overrides desired levels a coach set for this client
 */
record SummaryInputs(String profile, List<Rating> ratings, List<String> stories, List<Level> observed,
        List<Level> overrides) {

    SummaryInputs {
        ratings = List.copyOf(ratings);
        stories = List.copyOf(stories);
        observed = List.copyOf(observed);
        overrides = List.copyOf(overrides);
    }

    /** A rating question's latest answer: the client's own view, or how they say others see them. */
    record Rating(String competence, boolean others, double level) {
    }

    /** A level for a competence (observed, or desired by a coach). */
    record Level(String competence, int level) {
    }
}
