package eu.skilltalk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.dialog.Competence;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every competence has 3 to 5 suggested actions in every language, each short enough to read as a button
 * (the dialog loader cannot check keys with variables, {@code plan.suggest.{growth{focus}}.1}).
 */
class PlanWordsTest {

    private static final int SHORT = 60;

    @Test
    void everyCompetenceHasThreeToFiveShortSuggestionsInEveryLanguage() {
        Content content = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
        assertThat(content.valid()).as(content.problems().toString()).isTrue();
        for (String language : content.catalog().languages()) {
            for (Competence competence : content.dialogs().framework().competences()) {
                String prefix = "plan.suggest." + competence.id() + ".";
                long count = IntStream.rangeClosed(1, 5).filter(i -> content.catalog().has(language, prefix + i))
                        .count();
                assertThat(count).as(language + " " + competence.id()).isBetween(3L, 5L);
                IntStream.rangeClosed(1, (int) count).forEach(i -> assertThat(
                        content.catalog().render(language, prefix + i)).as(language + " " + prefix + i)
                        .hasSizeLessThanOrEqualTo(SHORT));
            }
        }
    }
}
