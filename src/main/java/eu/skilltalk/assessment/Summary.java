package eu.skilltalk.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A client's results against a goal profile.
 *
 * <pre>{"profile": "shop_assistant", "competences": [{"id": "entrecomp.3.2", "score": 3.5, "desired": 2, "gap": -1.5}],
 *  "strengths": ["entrecomp.3.2"], "gaps": ["skills21.communication"], "closeToSelfEmployed": false}</pre>
 *
 * @param competences every competence with a score, in framework order
 * @param strengths   competences at or above the desired level, furthest above first (the first three are
 *                    highlighted)
 * @param gaps        the growth points: the (at most three) largest gaps, largest first
 * @param closeToSelfEmployed whether the scores come close to the self-employed profile (and that is not the
 *                    goal already)
 */
record Summary(String profile, List<Scored> competences, List<String> strengths, List<String> gaps,
        boolean closeToSelfEmployed) {

    /** How many strengths are highlighted and growth points chosen. */
    static final int TOP = 3;

    Summary {
        competences = List.copyOf(competences);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
    }

    /** One competence: its score, the level the profile asks and the gap (desired - score). */
    record Scored(String id, double score, int desired, double gap) {
    }

    List<String> topStrengths() {
        return strengths.subList(0, Math.min(TOP, strengths.size()));
    }

    Optional<Scored> scored(String competence) {
        return competences.stream().filter(c -> c.id().equals(competence)).findFirst();
    }
}
