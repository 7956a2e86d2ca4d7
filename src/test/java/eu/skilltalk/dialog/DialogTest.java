package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress numbers: questions in a row about the same competence are one topic. */
class DialogTest {

    @Test
    void questionsAboutTheSameCompetenceInARowShareANumber() {
        Dialog dialog = new Dialog("ideas", "ideas.yaml", true, List.of(
                new SayStep("intro", null, 1, "t.intro", null),
                new ChoiceStep("chances", null, 2, "t.ask", null, "c.1",
                        List.of(new ChoiceStep.Option("act", "t.act"))),
                new ScaleStep("chances_rate", null, 3, "t.rate", null, "c.1", 5, "t.low", "t.high"),
                new TextStep("chances_story", null, 4, "t.story", null, "c.1", 1, 500, true),
                new YesNoStep("more", null, 5, "t.more", "more", null),
                new YesNoStep("sure", null, 6, "t.sure", "sure", null),
                new ScaleStep("plan_rate", null, 7, "t.rate", null, "c.2", 5, "t.low", "t.high"),
                new TextStep("plan_story", null, 8, "t.story", null, "c.2", 1, 500, true),
                new ScaleStep("chances_again", null, 9, "t.rate", null, "c.1", 5, "t.low", "t.high"),
                new EndStep("done", 10, null)));

        assertThat(dialog.questionNumbers()).containsExactly(
                entry("chances", 1), entry("chances_rate", 1), entry("chances_story", 1), entry("more", 2),
                entry("sure", 3), entry("plan_rate", 4), entry("plan_story", 4), entry("chances_again", 5));
        assertThat(dialog.questionTotal()).isEqualTo(5);
    }

    @Test
    void aDialogWithoutQuestionsHasNoTopics() {
        Dialog dialog = new Dialog("hello", "hello.yaml", true, List.of(new EndStep("done", 1, "t.bye")));

        assertThat(dialog.questionNumbers()).isEmpty();
        assertThat(dialog.questionTotal()).isZero();
    }

    private static Map.Entry<String, Integer> entry(String step, int number) {
        return Map.entry(step, number);
    }
}
