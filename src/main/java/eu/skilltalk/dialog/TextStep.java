package eu.skilltalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * {@code type: text}: free text between {@code minLength} and {@code maxLength} characters, such as a
 * short story as evidence. When {@code optional}, the client may skip it.
 *
 * <pre>
 * - id: story
 *   type: text
 *   text: selfcheck.planning.story
 *   competence: entrecomp.3.2
 *   optional: true
 *   maxLength: 500
 * </pre>
 */
public record TextStep(String id, String next, int line, String text, String save, String competence, int minLength,
        int maxLength, boolean optional) implements Question {

    /** The value recorded when a client skips an optional text. */
    public static final String SKIPPED = "";

    static final String SKIP_KEY = "0";

    @Override
    public List<Choice> choices(Texts texts, String language) {
        return optional ? List.of(new Choice(SKIP_KEY, texts.render(language, "engine.skip"))) : List.of();
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        String trimmed = answer == null ? "" : answer.strip();
        if (optional && (trimmed.equals(SKIP_KEY)
                || Words.isOneOf(Words.normalize(trimmed), texts.normalizedWords(language, "engine.words.skip")))) {
            return new Answer.Accepted(SKIPPED);
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            return new Answer.Rejected("engine.reprompt.text_empty");
        }
        if (length < minLength) {
            return new Answer.Rejected("engine.reprompt.text_short", Map.of("min", minLength));
        }
        if (length > maxLength) {
            return new Answer.Rejected("engine.reprompt.text_long", Map.of("max", maxLength));
        }
        return new Answer.Accepted(trimmed);
    }
}
