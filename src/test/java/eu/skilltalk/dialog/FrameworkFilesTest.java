package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The framework files as {@link DialogLoader} reads them ({@code competences.yaml} by {@link FrameworkReader},
 * {@code profiles.yaml} by {@link ProfileReader}, both against the dialogs by {@link FrameworkChecks}): what
 * valid files give, and the exact {@code file:line: reason} for each kind of mistake.
 */
class FrameworkFilesTest {

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

    private static final Map<String, String> VALID = Map.of("competences.yaml", FRAMEWORK, "onboarding.yaml", DIALOG,
            "profiles.yaml", PROFILES);

    @TempDir
    Path dir;

    @BeforeEach
    void validFiles() throws IOException {
        for (Map.Entry<String, String> file : VALID.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
    }

    @Test
    void validFrameworkIsReadWithItsLocaleKeys() {
        DialogLoader.Result result = load();

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
    void validProfilesGiveADesiredLevelPerCompetence() {
        DialogLoader.Result result = load();

        assertThat(result.problems()).isEmpty();
        Profiles profiles = result.dialogs().profiles();
        assertThat(profiles.all()).extracting(Profile::id).containsExactly("cook", "other");
        assertThat(profiles.general()).isEqualTo("other");
        Profile cook = profiles.forGoal("cook").orElseThrow();
        assertThat(cook.desired("ideas.new")).isEqualTo(4);
        assertThat(cook.desired("action.plan")).isEqualTo(3);
        assertThat(cook.nameKey()).isEqualTo("profile.cook.name");
        assertThat(profiles.forGoal(null)).map(Profile::id).hasValue("other");
        assertThat(profiles.forGoal("astronaut")).map(Profile::id).hasValue("other");
        assertThat(result.textRefs()).extracting(TextRef::key).contains("profile.cook.name", "profile.other.rationale");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsEachMistakeAtItsLine(String what, String file, UnaryOperator<String> edit, List<String> expected)
            throws IOException {
        Files.writeString(dir.resolve(file), edit.apply(VALID.get(file)));

        String folder = dir + dir.getFileSystem().getSeparator();
        assertThat(load().problems().stream().sorted(Problem.ORDER)).map(Problem::toString)
                .map(problem -> problem.replace(folder, "")).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an unsupported format", "competences.yaml", t -> t.replace("format: 1", "format: 2"),
                        "competences.yaml:1: format '2' is not supported; this SkillTalk reads format 1",
                        // Without the framework, the questions and profiles name competences nobody knows.
                        "onboarding.yaml:11: step 'new' refers to unknown competence 'ideas.new'",
                        "onboarding.yaml:12: step 'plan' refers to unknown competence 'action.plan'",
                        "profiles.yaml:5: profile 'cook' sets a level for unknown competence 'ideas.new'",
                        "profiles.yaml:5: profile 'cook' sets a level for unknown competence 'action.plan'",
                        "profiles.yaml:8: profile 'other' sets a level for unknown competence 'ideas.new'",
                        "profiles.yaml:9: profile 'other' sets a level for unknown competence 'action.plan'"),
                mistake("a competence field it does not know", "competences.yaml",
                        t -> t.replace("    focus: creativity\n", "    level: 3\n"),
                        "competences.yaml:7: unknown field 'level' in competence 'ideas.new'"),
                mistake("missing areas", "competences.yaml", t -> t.replace("areas: [ideas, action]\n", ""),
                        "competences.yaml:1: missing field 'areas' in competence framework"),
                mistake("missing examples", "competences.yaml", t -> t.replace("    examples: [cook, fix]\n", ""),
                        "competences.yaml:5: missing field 'examples' in competence 'ideas.new'"),
                mistake("too few and too many examples", "competences.yaml",
                        t -> t.replace("[cook, fix]", "[cook]").replace("week, move]", "week, move, bake]"),
                        "competences.yaml:8: competence 'ideas.new' needs 2 or 3 examples, not 1",
                        "competences.yaml:11: competence 'action.plan' needs 2 or 3 examples, not 4"),
                mistake("a duplicate area", "competences.yaml",
                        t -> t.replace("areas: [ideas, action]", "areas: [ideas, action, ideas]"),
                        "competences.yaml:3: duplicate area 'ideas'"),
                mistake("a duplicate competence id", "competences.yaml",
                        t -> t + "  - {id: ideas.new, area: action, examples: [tidy, sort]}\n",
                        "competences.yaml:12: duplicate competence id 'ideas.new'"),
                mistake("an area without competences", "competences.yaml",
                        t -> t.replace("areas: [ideas, action]", "areas: [ideas, action, money]"),
                        "competences.yaml:3: area 'money' has no competences"),
                mistake("an unknown area", "competences.yaml", t -> t.replace("area: action", "area: acton"),
                        "competences.yaml:3: area 'action' has no competences",
                        "competences.yaml:10: competence 'action.plan' is in unknown area 'acton'"
                                + " (areas: ideas, action)"),
                mistake("an unknown focus", "competences.yaml",
                        t -> t.replace("    focus: creativity\n", "    focus: fun\n"),
                        "competences.yaml:7: competence 'ideas.new' has unknown focus 'fun' (focus: creativity)"),
                mistake("a competence no dialog rates", "onboarding.yaml",
                        t -> t.replace("  - {id: plan, type: scale, text: t.plan, low: t.low, high: t.high,"
                                + " competence: action.plan}\n", ""),
                        "competences.yaml:9: competence 'action.plan' has no self-rating: no scale step in any"
                                + " dialog asks about it"),
                mistake("a question about an unknown competence", "onboarding.yaml",
                        t -> t + "  - {id: more, type: yesno, text: t.more, competence: ideas.old}\n",
                        "onboarding.yaml:13: step 'more' refers to unknown competence 'ideas.old'"),
                mistake("a profile field it does not know", "profiles.yaml",
                        t -> t.replace("  - id: cook\n", "  - id: cook\n    salary: 2000\n"),
                        "profiles.yaml:5: unknown field 'salary' in profile 'cook'"),
                mistake("a missing general profile", "profiles.yaml", t -> t.replace("general: other\n", ""),
                        "profiles.yaml:1: missing field 'general' in profiles file"),
                mistake("a general profile that does not exist", "profiles.yaml",
                        t -> t.replace("general: other", "general: any"),
                        "profiles.yaml:2: general profile 'any' is not one of the profiles"),
                mistake("a duplicate profile id", "profiles.yaml", t -> t.replace("id: other", "id: cook"),
                        "profiles.yaml:6: duplicate profile id 'cook'",
                        "onboarding.yaml:4: step 'goal' offers unknown profile 'other'",
                        "profiles.yaml:2: general profile 'other' is not one of the profiles"),
                mistake("a level outside the scale", "profiles.yaml", t -> t.replace("ideas.new: 3", "ideas.new: 7"),
                        "profiles.yaml:8: desired level of 'ideas.new' in profile 'other' must be 1 to 5, not 7"),
                mistake("a level that is not a number", "profiles.yaml",
                        t -> t.replace("action.plan: 3\n", "action.plan: high\n"),
                        "profiles.yaml:9: field 'action.plan' in desired levels of profile 'other' must be a whole"
                                + " number, not 'high'"),
                mistake("a level for an unknown competence", "profiles.yaml",
                        t -> t.replace("action.plan: 3\n", "action.plan: 3\n      ideas.old: 2\n"),
                        "profiles.yaml:10: profile 'other' sets a level for unknown competence 'ideas.old'"),
                mistake("a competence without a desired level", "profiles.yaml",
                        t -> t.replace("{ideas.new: 4, action.plan: 3}", "{ideas.new: 4}"),
                        "profiles.yaml:5: profile 'cook' has no desired level for action.plan"),
                mistake("a profile the goal question does not offer", "onboarding.yaml",
                        t -> t.replace("      - {value: cook, text: t.cook}\n", ""),
                        "profiles.yaml:4: profile 'cook' is not offered by the goal question (a choice step with"
                                + " 'save: goal')"),
                mistake("a goal question offering an unknown profile", "onboarding.yaml",
                        t -> t.replace("{value: cook, text: t.cook}", "{value: chef, text: t.cook}"),
                        "onboarding.yaml:4: step 'goal' offers unknown profile 'chef'",
                        "profiles.yaml:4: profile 'cook' is not offered by the goal question (a choice step with"
                                + " 'save: goal')"),
                mistake("no goal question at all", "onboarding.yaml", t -> t.replace("    save: goal\n", ""),
                        "profiles.yaml:4: profile 'cook' is not offered by any goal question (a choice step with"
                                + " 'save: goal')",
                        "profiles.yaml:6: profile 'other' is not offered by any goal question (a choice step with"
                                + " 'save: goal')"));
    }

    private static Arguments mistake(String what, String file, UnaryOperator<String> edit, String... expected) {
        return Arguments.of(what, file, edit, List.of(expected));
    }

    private DialogLoader.Result load() {
        return new DialogLoader().load(dir);
    }
}
