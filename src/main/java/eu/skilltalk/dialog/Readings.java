package eu.skilltalk.dialog;

import java.util.List;

/** What an {@link Interpreter} reads in an answer a question's own words did not take, as the question's keys. */
final class Readings {

    private Readings() {
    }

    /**
     * The keys the question would accept that {@code text} means: scale points, numbers, "1" or "2" for yes
     * or no, choice keys. Several when the client names more than one ("2 or 3"); none for text questions.
     */
    static List<String> keys(Question question, String text, String language, Texts texts, Interpreter interpreter) {
        if (question instanceof ScaleStep scale) {
            return interpreter.scale(text, language, scale.points()).stream().map(String::valueOf).toList();
        }
        if (question instanceof NumberStep number) {
            return interpreter.numbers(text, language, number.min(), number.max()).stream()
                    .map(String::valueOf).toList();
        }
        if (question instanceof YesNoStep || question instanceof ConsentStep) {
            return interpreter.yesNo(text, language).map(yes -> List.of(yes ? "1" : "2")).orElse(List.of());
        }
        if (question instanceof TextStep) {
            return List.of();
        }
        return interpreter.choices(text, language, question.choices(texts, language));
    }
}
