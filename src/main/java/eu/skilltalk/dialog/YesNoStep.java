package eu.skilltalk.dialog;

import java.util.List;

/**
 * {@code type: yesno}: 1 Yes or 2 No; saves {@code yes} or {@code no}.
 *
 * <pre>
 * - id: more
 *   type: yesno
 *   text: selfcheck.more.ask
 *   save: more
 * </pre>
 */
public record YesNoStep(String id, String next, int line, String text, String save, String competence)
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
