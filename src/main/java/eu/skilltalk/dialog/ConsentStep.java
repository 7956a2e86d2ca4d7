package eu.skilltalk.dialog;

import java.util.List;

/**
 * {@code type: consent}: asks for consent to store answers. Yes goes on and emits
 * {@link Event.ConsentGiven} with the consent text's {@code version}; no goes to {@code declined}.
 *
 * <pre>
 * - id: consent
 *   type: consent
 *   version: "2026-11"
 *   text: onboarding.consent.ask
 *   declined: no_consent
 * </pre>
 */
public record ConsentStep(String id, String next, int line, String text, String version, String declined)
        implements Question {

    @Override
    public List<Choice> choices(Texts texts, String language) {
        return YesNo.choices(texts, language);
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        return YesNo.read(answer, texts, language);
    }
}
