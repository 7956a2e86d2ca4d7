package eu.skilltalk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/results.md: scores from ratings, stories and observations, then gaps. */
class ScoringTest {

    private final Scoring scoring = new Scoring(0.5, 2);

    private static Evidence evidence(List<Double> own, List<Double> others, boolean story, Integer observed) {
        return new Evidence("entrecomp.3.2", own, others, story, observed);
    }

    @Test
    void aRatingAloneIsTheScore() {
        assertThat(scoring.score(evidence(List.of(4.0), List.of(), false, null))).hasValue(4.0);
    }

    @Test
    void aStoryAddsHalfAPointUpToFive() {
        assertThat(scoring.score(evidence(List.of(3.0), List.of(), true, null))).hasValue(3.5);
        assertThat(scoring.score(evidence(List.of(5.0), List.of(), true, null))).hasValue(5.0);
    }

    @Test
    void howOthersSeeTheClientCountsAsMuchAsTheirOwnView() {
        assertThat(scoring.score(evidence(List.of(3.0), List.of(5.0), false, null))).hasValue(4.0);
        assertThat(scoring.score(evidence(List.of(), List.of(2.0), false, null))).hasValue(2.0);
    }

    @Test
    void aCoachObservationCountsTwiceAsMuchAsTheClient() {
        // (4 + 2 x 2) / 3 = 2.67
        assertThat(scoring.score(evidence(List.of(4.0), List.of(), false, 2))).hasValue(2.7);
        // story first: (3.5 + 2 x 5) / 3 = 4.5
        assertThat(scoring.score(evidence(List.of(3.0), List.of(), true, 5))).hasValue(4.5);
        assertThat(scoring.score(evidence(List.of(), List.of(), false, 3))).hasValue(3.0);
    }

    @Test
    void withoutRatingOrObservationThereIsNoScore() {
        assertThat(scoring.score(evidence(List.of(), List.of(), true, null))).isEmpty();
    }

    @Test
    void fourPointScalesStretchOverOneToFive() {
        assertThat(Levels.fromScale(4, 4)).isEqualTo(5.0);
        assertThat(Levels.round(Levels.fromScale(3, 4))).isEqualTo(3.7);
        assertThat(Levels.fromScale(3, 5)).isEqualTo(3.0);
    }

    @Test
    void gapsAreDesiredMinusScoreWithStrengthsFurthestAboveFirstAndAtMostThreeGrowthPoints() {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        scores.put("a", 4.0);
        scores.put("b", 2.5);
        scores.put("c", 2.0);
        scores.put("d", 4.0);
        scores.put("e", 1.0);
        scores.put("f", 3.0);
        Map<String, Integer> desired = Map.of("a", 3, "b", 4, "c", 2, "d", 5, "e", 2, "f", 4);

        Summary summary = new SummaryCalculator(0.5).summarize("cleaner", scores, desired, Map.of());

        assertThat(summary.competences()).extracting(Summary.Scored::gap).containsExactly(-1.0, 1.5, 0.0, 1.0, 1.0, 1.0);
        assertThat(summary.strengths()).containsExactly("a", "c");
        assertThat(summary.gaps()).as("largest first; ties in framework order").containsExactly("b", "d", "e");
        assertThat(summary.closeToSelfEmployed()).isFalse();
    }

    @Test
    void theSelfEmployedHintNeedsAnAverageShortfallOfAtMostHalfAPoint() {
        Map<String, Double> scores = Map.of("a", 4.0, "b", 3.0);
        SummaryCalculator calculator = new SummaryCalculator(0.5);

        // shortfalls 0 and 1: average 0.5
        assertThat(calculator.summarize("general", scores, Map.of(), Map.of("a", 4, "b", 4)).closeToSelfEmployed())
                .isTrue();
        // shortfalls 1 and 1
        assertThat(calculator.summarize("general", scores, Map.of(), Map.of("a", 5, "b", 4)).closeToSelfEmployed())
                .isFalse();
        assertThat(calculator.summarize("self_employed", scores, Map.of(), Map.of()).closeToSelfEmployed()).isFalse();
    }
}
