package eu.skilltalk.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Scores against desired levels: gaps, strengths, growth points and the self-employed hint. Pure. */
final class SummaryCalculator {

    private final double selfEmployedReach;

    SummaryCalculator(double selfEmployedReach) {
        this.selfEmployedReach = selfEmployedReach;
    }

    /**
     * @param scores       score by competence, in the order the summary lists them
     * @param desired      the level the goal asks, by competence (a coach's overrides already applied)
     * @param selfEmployed the self-employed profile's levels, or empty when that profile is the goal or absent
     */
    Summary summarize(String profile, Map<String, Double> scores, Map<String, Integer> desired,
            Map<String, Integer> selfEmployed) {
        List<Summary.Scored> scored = new ArrayList<>();
        scores.forEach((id, score) -> {
            Integer level = desired.get(id);
            if (level != null) {
                scored.add(new Summary.Scored(id, score, level, Levels.round(level - score)));
            }
        });
        List<String> strengths = scored.stream().filter(s -> s.gap() <= 0)
                .sorted(Comparator.comparingDouble(Summary.Scored::gap).thenComparing(s -> -s.score()))
                .map(Summary.Scored::id).toList();
        List<String> gaps = scored.stream().filter(s -> s.gap() > 0)
                .sorted(Comparator.comparingDouble(Summary.Scored::gap).reversed()).limit(Summary.TOP)
                .map(Summary.Scored::id).toList();
        return new Summary(profile, scored, strengths, gaps, close(scores, selfEmployed));
    }

    /** Whether the client falls short of every self-employed level by at most the reach, on average. */
    private boolean close(Map<String, Double> scores, Map<String, Integer> selfEmployed) {
        List<Double> shortfalls = scores.entrySet().stream().filter(e -> selfEmployed.containsKey(e.getKey()))
                .map(e -> Math.max(0, selfEmployed.get(e.getKey()) - e.getValue())).toList();
        return !shortfalls.isEmpty()
                && shortfalls.stream().mapToDouble(Double::doubleValue).average().orElse(0) <= selfEmployedReach;
    }
}
