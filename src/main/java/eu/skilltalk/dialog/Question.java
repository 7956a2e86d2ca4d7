package eu.skilltalk.dialog;

import java.util.List;

/**
 * A step that asks the client something and waits for the answer.
 *
 * <p>Each question knows how to offer its choices and how to read an answer; the engine does the rest
 * (commands, re-prompts, history, progress).
 */
public sealed interface Question extends Step
        permits ChoiceStep, ScaleStep, YesNoStep, NumberStep, TextStep, ConsentStep, LanguageStep {

    /** Locale key of the question text. */
    String text();

    /** Variable the answer is saved in, or {@code null}. */
    default String save() {
        return null;
    }

    /** Competence id the answer is evidence for, or {@code null}. */
    default String competence() {
        return null;
    }

    /** The choices to offer, already labelled in the client's language. */
    List<Choice> choices(Texts texts, String language);

    /** Extra line under the question text (a legend), or {@code null}. */
    default String hint(Texts texts, String language) {
        return null;
    }

    /** Reads the client's answer. */
    Answer read(String text, Texts texts, String language);
}
