package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Competence;
import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Framework;
import eu.skilltalk.dialog.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which competences a story may be evidence for, one OpenNLP categorizer per language over the framework's
 * competences, trained at startup from each competence's description and everyday examples in
 * {@code locales/<lang>/competences.yaml} plus the stories in {@code understanding/<lang>/evidence.txt}.
 * Gives the one or two most likely competences with their probability.
 */
final class EvidenceModel {

    private static final int MOST = 2;

    private final Map<String, Categorizer> categorizers = new HashMap<>();
    private final UnderstandingProperties.Evidence settings;

    EvidenceModel(Texts texts, Framework framework, UnderstandingProperties.Evidence settings,
            ModelCache cache) {
        this.settings = settings;
        if (framework.competences().isEmpty()) {
            return;
        }
        texts.languages().parallelStream().forEach(language -> {
            List<Categorizer.Example> examples = new ArrayList<>();
            for (Competence competence : framework.competences()) {
                List<String> keys = new ArrayList<>(competence.exampleKeys());
                keys.add(competence.descriptionKey());
                keys.stream().filter(k -> texts.has(language, k))
                        .forEach(k -> examples.add(new Categorizer.Example(competence.id(), texts.render(language, k))));
            }
            Examples.read(language, "evidence.txt").stream().filter(e -> framework.ids().contains(e.label()))
                    .forEach(examples::add);
            Categorizer categorizer = Categorizer.train("evidence", language, examples, cache);
            synchronized (categorizers) {
                categorizers.put(language, categorizer);
            }
        });
    }

    /** The one or two competences {@code story} points at most, above the minimum score; none for a short text. */
    List<EvidenceHint> hints(String story, String language) {
        Categorizer categorizer = categorizers.get(language);
        if (categorizer == null || Tokens.words(story).size() < settings.minWords()) {
            return List.of();
        }
        List<EvidenceHint> hints = new ArrayList<>();
        for (Categorizer.Scored scored : categorizer.categorize(story)) {
            if (hints.size() == MOST || scored.probability() < settings.minScore()) {
                break;
            }
            double score = Math.round(scored.probability() * 100) / 100.0;
            hints.add(new EvidenceHint(scored.label(), score, scored.probability() >= settings.askScore()));
        }
        return hints;
    }
}
