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
 * The client answers with the number, the option's words or its value. An option's key may name session
 * variables ({@code competence.{growth1}.name}); it is offered only when they are set and the key exists.
 */
public record ChoiceStep(String id, String next, int line, String text, String save, String competence,
        List<Option> options) implements Question {

    /** One option: the value saved and the locale key of its label. */
    public record Option(String value, String text) {
    }

    @Override
    public List<Choice> choices(Texts texts, String language) {
        List<Option> offered = offered(texts, language);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            choices.add(new Choice(String.valueOf(i + 1), texts.render(language, offered.get(i).text())));
        }
        return choices;
    }

    private List<Option> offered(Texts texts, String language) {
        return options.stream().filter(o -> !KeyVariables.templated(o.text()) || texts.has(language, o.text()))
                .toList();
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        List<Option> offered = offered(texts, language);
        var number = Words.number(answer, 1, offered.size());
        if (number.isPresent()) {
            return new Answer.Accepted(offered.get(number.getAsInt() - 1).value());
        }
        String said = Words.normalize(answer);
        for (Option option : offered) {
            if (said.equals(Words.normalize(texts.render(language, option.text())))
                    || said.equals(Words.normalize(option.value()))) {
                return new Answer.Accepted(option.value());
            }
        }
        return new Answer.Rejected("engine.reprompt.choice", Map.of("count", offered.size()));
    }
}
