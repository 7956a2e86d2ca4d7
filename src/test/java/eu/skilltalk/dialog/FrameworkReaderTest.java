package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The competence framework file: what a valid one gives, and the exact message for each kind of mistake. */
class FrameworkReaderTest {

    static final String FRAMEWORK = """
            format: 1
            focus: [creativity]
            areas: [ideas, action]
            competences:
              - id: ideas.new
                area: ideas
                focus: creativity
                examples: [cook, fix]
              - id: action.plan
                area: action
                examples: [party, week, move]
            """;
    static final String DIALOG = """
            format: 1
            id: onboarding
            steps:
              - id: goal
                type: choice
                text: t.goal
                save: goal
                options:
                  - {value: cook, text: t.cook}
                  - {value: other, text: t.other}
              - {id: new, type: scale, text: t.new, low: t.low, high: t.high, competence: ideas.new}
              - {id: plan, type: scale, text: t.plan, low: t.low, high: t.high, competence: action.plan}
            """;
    static final String PROFILES = """
            format: 1
            general: other
            profiles:
              - id: cook
                desired: {ideas.new: 4, action.plan: 3}
              - id: other
                desired:
                  ideas.new: 3
                  action.plan: 3
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void validContent() throws IOException {
        write("competences.yaml", FRAMEWORK);
        write("onboarding.yaml", DIALOG);
        write("profiles.yaml", PROFILES);
    }

    @Test
    void validFrameworkIsReadWithItsLocaleKeys() {
        DialogLoader.Result result = new DialogLoader().load(dir);

        assertThat(result.problems()).isEmpty();
        Framework framework = result.dialogs().framework();
        assertThat(framework.areas()).containsExactly("ideas", "action");
        assertThat(framework.focus()).containsExactly("creativity");
        assertThat(result.dialogs().competences()).containsExactly("ideas.new", "action.plan");
        Competence creative = framework.competence("ideas.new").orElseThrow();
        assertThat(creative.area()).isEqualTo("ideas");
        assertThat(creative.focus()).isEqualTo("creativity");
        assertThat(creative.nameKey()).isEqualTo("competence.ideas.new.name");
        assertThat(creative.exampleKeys()).containsExactly("competence.ideas.new.examples.cook",
                "competence.ideas.new.examples.fix");
        assertThat(framework.inArea("action")).extracting(Competence::id).containsExactly("action.plan");
        assertThat(result.textRefs()).extracting(TextRef::key).contains("area.ideas.name",
                "competence.action.plan.description", "competence.action.plan.examples.move");
    }

    @Test
    void reportsAFieldItDoesNotKnow() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("    focus: creativity\n", "    level: 3\n"));

        assertThat(problems()).containsExactly(file() + ":7: unknown field 'level' in competence 'ideas.new'");
    }

    @Test
    void reportsMissingAreas() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("areas: [ideas, action]\n", ""));

        assertThat(problems()).containsExactly(file() + ":1: missing field 'areas' in competence framework");
    }

    @Test
    void reportsADuplicateArea() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("areas: [ideas, action]", "areas: [ideas, action, ideas]"));

        assertThat(problems()).containsExactly(file() + ":3: duplicate area 'ideas'");
    }

    @Test
    void reportsAnAreaWithoutCompetences() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("areas: [ideas, action]", "areas: [ideas, action, money]"));

        assertThat(problems()).containsExactly(file() + ":3: area 'money' has no competences");
    }

    @Test
    void reportsADuplicateCompetenceId() throws IOException {
        write("competences.yaml", FRAMEWORK + "  - {id: ideas.new, area: action, examples: [tidy, sort]}\n");

        assertThat(problems()).containsExactly(file() + ":12: duplicate competence id 'ideas.new'");
    }

    @Test
    void reportsAnUnknownArea() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("area: action", "area: acton"));

        assertThat(problems()).containsExactly(file() + ":3: area 'action' has no competences",
                file() + ":10: competence 'action.plan' is in unknown area 'acton' (areas: ideas, action)");
    }

    @Test
    void reportsAnUnknownFocus() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("focus: creativity\n    examples", "focus: fun\n    examples"));

        assertThat(problems()).containsExactly(file() + ":7: competence 'ideas.new' has unknown focus 'fun'"
                + " (focus: creativity)");
    }

    @Test
    void reportsTooFewOrTooManyExamples() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("[cook, fix]", "[cook]").replace("[party, week, move]",
                "[party, week, move, bake]"));

        assertThat(problems()).containsExactly(
                file() + ":8: competence 'ideas.new' needs 2 or 3 examples, not 1",
                file() + ":11: competence 'action.plan' needs 2 or 3 examples, not 4");
    }

    @Test
    void reportsMissingExamples() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("    examples: [cook, fix]\n", ""));

        assertThat(problems()).containsExactly(file() + ":5: missing field 'examples' in competence 'ideas.new'");
    }

    @Test
    void reportsACompetenceNoDialogRates() throws IOException {
        write("onboarding.yaml", DIALOG.replace(
                "  - {id: plan, type: scale, text: t.plan, low: t.low, high: t.high, competence: action.plan}\n", ""));

        assertThat(problems()).containsExactly(file() + ":9: competence 'action.plan' has no self-rating:"
                + " no scale step in any dialog asks about it");
    }

    @Test
    void reportsAQuestionAboutAnUnknownCompetence() throws IOException {
        write("onboarding.yaml", DIALOG + "  - {id: more, type: yesno, text: t.more, competence: ideas.old}\n");

        assertThat(problems()).containsExactly(dir.resolve("onboarding.yaml") + ":13: step 'more' refers to"
                + " unknown competence 'ideas.old'");
    }

    @Test
    void reportsAnUnsupportedFormat() throws IOException {
        write("competences.yaml", FRAMEWORK.replace("format: 1", "format: 2"));

        assertThat(new DialogLoader().load(dir).problems()).map(Problem::toString)
                .contains(file() + ":1: format '2' is not supported; this SkillTalk reads format 1");
    }

    private List<String> problems() {
        return new DialogLoader().load(dir).problems().stream().sorted(Problem.ORDER).map(Problem::toString).toList();
    }

    private Path file() {
        return dir.resolve("competences.yaml");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
