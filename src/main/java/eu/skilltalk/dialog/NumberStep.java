package eu.skilltalk.dialog;

import java.util.List;
import java.util.Map;

/**
 * {@code type: number}: a whole number between {@code min} and {@code max}.
 *
 * <pre>
 * - id: years
 *   type: number
 *   text: selfcheck.years.ask
 *   min: 0
 *   max: 60
 *   save: years
 * </pre>
 */
public record NumberStep(String id, String next, int line, String text, String save, String competence, int min,
        int max) implements Question {

    @Override
    public List<Choice> choices(Texts texts, String language) {
        return List.of();
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        var number = Words.number(answer, min, max);
        return number.isPresent()
                ? new Answer.Accepted(String.valueOf(number.getAsInt()))
                : new Answer.Rejected("engine.reprompt.number", Map.of("min", min, "max", max));
    }
}
