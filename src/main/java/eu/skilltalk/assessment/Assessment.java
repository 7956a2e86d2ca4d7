package eu.skilltalk.assessment;

import eu.skilltalk.dialog.Competence;
import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.Profile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client's summary from what is known of them, without I/O: first the {@link SummaryInputs} (what is
 * stored with the summary), then the summary itself. Worked examples in {@code docs/results.md}.
 */
final class Assessment {

    private final Dialogs dialogs;
    private final AssessmentProperties properties;
    private final EvidenceReader reader;
    private final Scoring scoring;
    private final SummaryCalculator calculator;

    Assessment(Dialogs dialogs, AssessmentProperties properties) {
        this.dialogs = dialogs;
        this.properties = properties;
        this.reader = new EvidenceReader(dialogs, properties.othersDialog());
        this.scoring = new Scoring(properties.storyBonus(), properties.coachWeight());
        this.calculator = new SummaryCalculator(properties.selfEmployedReach());
    }

    EvidenceReader reader() {
        return reader;
    }

    /**
     * @param goal     the saved goal (a profile id) or {@code null}
     * @param observed the newest observed level per competence
     */
    SummaryInputs inputs(String goal, List<Answered> answers, Map<String, Integer> observed,
            List<SummaryInputs.Level> overrides) {
        String profile = dialogs.profiles().forGoal(goal).map(Profile::id).orElse(null);
        List<SummaryInputs.Level> observations = dialogs.framework().competences().stream().map(Competence::id)
                .filter(observed::containsKey).map(c -> new SummaryInputs.Level(c, observed.get(c))).toList();
        return new SummaryInputs(profile, reader.ratings(answers), List.copyOf(reader.stories(answers).keySet()),
                observations, overrides);
    }

    Summary summarize(SummaryInputs inputs) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Competence competence : dialogs.framework().competences()) {
            scoring.score(evidence(competence.id(), inputs)).ifPresent(s -> scores.put(competence.id(), s));
        }
        Map<String, Integer> desired = new HashMap<>(levels(inputs.profile()));
        inputs.overrides().forEach(o -> desired.put(o.competence(), o.level()));
        Map<String, Integer> selfEmployed = properties.selfEmployedProfile().equals(inputs.profile()) ? Map.of()
                : levels(properties.selfEmployedProfile());
        return calculator.summarize(inputs.profile(), scores, desired, selfEmployed);
    }

    private Map<String, Integer> levels(String profile) {
        return Optional.ofNullable(profile).flatMap(dialogs.profiles()::profile).map(Profile::desired)
                .orElse(Map.of());
    }

    private static Evidence evidence(String competence, SummaryInputs inputs) {
        List<Double> own = inputs.ratings().stream().filter(r -> r.competence().equals(competence) && !r.others())
                .map(SummaryInputs.Rating::level).toList();
        List<Double> others = inputs.ratings().stream()
                .filter(r -> r.competence().equals(competence) && r.others()).map(SummaryInputs.Rating::level).toList();
        Integer observed = inputs.observed().stream().filter(o -> o.competence().equals(competence))
                .map(SummaryInputs.Level::level).findFirst().orElse(null);
        return new Evidence(competence, own, others, inputs.stories().contains(competence), observed);
    }
}
