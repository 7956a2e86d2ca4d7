package eu.skilltalk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type: choice}: one answer from a numbered list.
 *
 * <pre>
 * - id: goal
 *   type: choice
 *   text: selfcheck.goal.ask
 *   save: goal
 *   options:
 *     - {value: job, text: selfcheck.goal.job}
 *     - {value: own_business, text: selfcheck.goal.own}
 * </pre>
 *
 * The client answers with the number, the option's words or its value.
 */
public record ChoiceStep(String id, String next, int line, String text, String save, String competence,
        List<Option> options) implements Question {

    /** One option: the value saved and the locale key of its label. */
    public record Option(String value, String text) {
    }

    @Override
    public List<Choice> choices(Texts texts, String language) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(new Choice(String.valueOf(i + 1), texts.render(language, options.get(i).text())));
        }
        return choices;
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        var number = Words.number(answer, 1, options.size());
        if (number.isPresent()) {
            return new Answer.Accepted(options.get(number.getAsInt() - 1).value());
        }
        String said = Words.normalize(answer);
        for (Option option : options) {
            if (said.equals(Words.normalize(texts.render(language, option.text())))
                    || said.equals(Words.normalize(option.value()))) {
                return new Answer.Accepted(option.value());
            }
        }
        return new Answer.Rejected("engine.reprompt.choice", Map.of("count", options.size()));
    }
}
