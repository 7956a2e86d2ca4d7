package eu.skilltalk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type: scale}: a self-rating from 1 to {@code points} (4 or 5), shown as emoji with words at
 * both ends.
 *
 * <pre>
 * - id: rate
 *   type: scale
 *   points: 5
 *   text: selfcheck.planning.rate
 *   low: selfcheck.scale.low
 *   high: selfcheck.scale.high
 *   competence: entrecomp.3.2
 * </pre>
 *
 * The client answers with the number or the emoji.
 */
public record ScaleStep(String id, String next, int line, String text, String save, String competence, int points,
        String low, String high) implements Question {

    private static final List<String> FIVE = List.of("😟", "🙁", "😐", "🙂", "😄");
    private static final List<String> FOUR = List.of("😟", "🙁", "🙂", "😄");

    /** The emoji for each point of the scale, lowest first. */
    public List<String> faces() {
        return points == 4 ? FOUR : FIVE;
    }

    @Override
    public List<Choice> choices(Texts texts, String language) {
        List<Choice> choices = new ArrayList<>();
        for (int point = 1; point <= points; point++) {
            choices.add(new Choice(String.valueOf(point), faces().get(point - 1)));
        }
        return choices;
    }

    @Override
    public String hint(Texts texts, String language) {
        return texts.render(language, "engine.scale.legend", Map.of("max", points, "low",
                texts.render(language, low), "high", texts.render(language, high)));
    }

    @Override
    public Answer read(String answer, Texts texts, String language) {
        var number = Words.number(answer, 1, points);
        if (number.isPresent()) {
            return new Answer.Accepted(String.valueOf(number.getAsInt()));
        }
        // Emoji keyboards add a variation selector (U+FE0F) to some faces; compare without it.
        String face = answer == null ? "" : answer.replace("\uFE0F", "").strip();
        int index = faces().indexOf(face);
        if (index >= 0) {
            return new Answer.Accepted(String.valueOf(index + 1));
        }
        return new Answer.Rejected("engine.reprompt.scale", Map.of("max", points));
    }
}
