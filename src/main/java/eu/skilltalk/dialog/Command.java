package eu.skilltalk.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Words that work at every step in every language. Each language lists its words under
 * {@code engine.words.<name>} (e.g. {@code "help|?|hulp"}); the fallback language's words
 * work everywhere too, so "help" and "stop" are always understood.
 */
public enum Command {
    HELP, REPEAT, BACK, PAUSE, LANGUAGE, COACH, STOP;

    /** Locale key of this command's words. */
    public String wordsKey() {
        return "engine.words." + name().toLowerCase(Locale.ROOT);
    }

    /** The command the whole message says, if any (hosts ask too, to let commands through to the engine). */
    public static Optional<Command> in(String text, String language, Texts texts) {
        List<String> languages = Stream.of(language, texts.languages().get(0)).filter(Objects::nonNull).distinct()
                .toList();
        return Arrays.stream(values()).filter(c -> texts.says(text, c.wordsKey(), languages)).findFirst();
    }
}
