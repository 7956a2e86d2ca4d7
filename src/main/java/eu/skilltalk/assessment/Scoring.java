package eu.skilltalk.assessment;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One score per competence on the 1-5 scale, simple enough to explain to a coach (docs/results.md): the
 * client's view is the mean of their own rating and how they say others see them; a story adds a bonus;
 * a coach's observation counts {@code coachWeight} times as much as the client's view.
 */
final class Scoring {

    private final double storyBonus;
    private final double coachWeight;

    Scoring(double storyBonus, double coachWeight) {
        this.storyBonus = storyBonus;
        this.coachWeight = coachWeight;
    }

    /** The score, rounded to one decimal; empty when there is no rating and no observation. */
    OptionalDouble score(Evidence evidence) {
        OptionalDouble own = mean(evidence.own());
        OptionalDouble others = mean(evidence.others());
        OptionalDouble client = own.isPresent() && others.isPresent()
                ? OptionalDouble.of((own.getAsDouble() + others.getAsDouble()) / 2)
                : own.isPresent() ? own : others;
        if (client.isPresent() && evidence.story()) {
            client = OptionalDouble.of(Math.min(Levels.MAX, client.getAsDouble() + storyBonus));
        }
        if (evidence.observed() == null) {
            return client.isPresent() ? OptionalDouble.of(Levels.round(client.getAsDouble())) : client;
        }
        double observed = evidence.observed();
        if (client.isEmpty()) {
            return OptionalDouble.of(observed);
        }
        return OptionalDouble.of(Levels.round((client.getAsDouble() + coachWeight * observed) / (1 + coachWeight)));
    }

    private static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }
}
