package eu.skilltalk.understanding;

import eu.skilltalk.dialog.Intent;
import eu.skilltalk.dialog.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a short message asks for (yes, no, don't know, help, repeat, back, pause, stop, coach, language,
 * greeting), one OpenNLP categorizer per language trained at startup from
 * {@code understanding/<lang>/intents.txt} and the exact words of {@code engine.words.*}. The label {@code none} stands for everything else (answers,
 * names, stories), so the model can say "nothing".
 */
final class IntentModel {

    static final String NONE = "none";

    private final Map<String, Categorizer> categorizers = new HashMap<>();
    private final UnderstandingProperties.Intents settings;

    IntentModel(Texts texts, UnderstandingProperties.Intents settings, ModelCache cache) {
        this.settings = settings;
        texts.languages().parallelStream().forEach(language -> {
            List<Categorizer.Example> examples = new ArrayList<>(Examples.read(language, "intents.txt"));
            if (!examples.isEmpty()) {
                // The exact words of yes, no and the commands are examples too ("terug", "menu").
                for (Intent.Kind kind : Intent.Kind.values()) {
                    String label = kind.name().toLowerCase(Locale.ROOT);
                    for (String key : List.of("engine.words." + label, "understanding.words." + label)) {
                        texts.words(language, key).stream().filter(w -> !Tokens.words(w).isEmpty())
                                .forEach(w -> examples.add(new Categorizer.Example(label, w)));
                    }
                }
                Categorizer categorizer = Categorizer.train("intents", language, examples, cache);
                synchronized (categorizers) {
                    categorizers.put(language, categorizer);
                }
            }
        });
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
