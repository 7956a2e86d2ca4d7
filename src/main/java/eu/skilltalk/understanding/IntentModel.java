package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Intent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a short message asks for (yes, no, don't know, help, repeat, back, pause, stop, coach, language,
 * greeting), one OpenNLP categorizer per language trained at startup from
 * {@code understanding/<lang>/intents.txt}. The label {@code none} stands for everything else (answers,
 * names, stories), so the model can say "nothing".
 */
final class IntentModel {

    static final String NONE = "none";

    private final Map<String, Categorizer> categorizers = new HashMap<>();
    private final UnderstandingProperties.Intents settings;

    IntentModel(List<String> languages, UnderstandingProperties.Intents settings) {
        this.settings = settings;
        for (String language : languages) {
            List<Categorizer.Example> examples = Examples.read(language, "intents.txt");
            if (!examples.isEmpty()) {
                categorizers.put(language, Categorizer.train(language, examples));
            }
        }
    }

    /** The intent of {@code text}; empty for {@code none}, below the ask threshold, or for a long message. */
    Optional<Intent> read(String text, String language) {
        Categorizer categorizer = categorizers.get(language);
        int words = Tokens.words(text).size();
        if (categorizer == null || words == 0 || words > settings.maxWords()) {
            return Optional.empty();
        }
        Categorizer.Scored best = categorizer.categorize(text).get(0);
        if (best.label().equals(NONE) || best.probability() < settings.ask()) {
            return Optional.empty();
        }
        Intent.Kind kind = Intent.Kind.valueOf(best.label().toUpperCase(Locale.ROOT));
        return Optional.of(new Intent(kind, best.probability(), best.probability() >= settings.sure()));
    }

    /** The label as {@link #read} decides it, {@code none} included: for measuring accuracy. */
    String label(String text, String language) {
        return read(text, language).map(i -> i.kind().name().toLowerCase(Locale.ROOT)).orElse(NONE);
    }
}
