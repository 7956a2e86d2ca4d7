package eu.skilltalk.dialog;

import java.util.List;

/**
 * {@code type: language}: the language picker. Each shipped language is offered in its own words
 * ({@code language.name} in that language); the choice becomes the session's language.
 *
 * <pre>
 * - id: pick_language
 *   type: language
 *   text: onboarding.language.ask
 * </pre>
 */
public record LanguageStep(String id, String next, int line, String text) implements Question {

    @Override
    public List<Choice> choices(Texts texts, String language) {
        return LanguagePicker.choices(texts);
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        return LanguagePicker.read(answer, texts);
    }
}
