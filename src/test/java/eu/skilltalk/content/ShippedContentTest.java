package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.ChoiceStep;
import eu.skilltalk.dialog.Competence;
import eu.skilltalk.dialog.Dialog;
import eu.skilltalk.dialog.Framework;
import eu.skilltalk.dialog.Profile;
import eu.skilltalk.dialog.Profiles;
import eu.skilltalk.dialog.Question;
import eu.skilltalk.dialog.ScaleStep;
import eu.skilltalk.dialog.Step;
import eu.skilltalk.dialog.TextStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content SkillTalk ships in {@code dialogs/} and {@code locales/}: complete, covering, and cheap by SMS. */
class ShippedContentTest {

    private static final List<String> MODULES = List.of("intake", "ideas", "resources", "action", "skills", "others",
            "closing");
    private static Content content;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
    }

    @Test
    void isValidInFourLanguages() {
        assertThat(content.problems()).isEmpty();
        assertThat(content.catalog().languages()).containsExactly("en", "de", "fr", "nl");
    }

    @Test
    void hasTheFifteenEntreCompCompetencesInThreeAreasAndEightTwentyFirstCenturySkills() {
        Framework framework = content.dialogs().framework();

        assertThat(framework.areas()).containsExactly("entrecomp.1", "entrecomp.2", "entrecomp.3", "skills21");
        for (String area : List.of("entrecomp.1", "entrecomp.2", "entrecomp.3")) {
            assertThat(framework.inArea(area)).hasSize(5);
        }
        assertThat(framework.inArea("skills21")).extracting(Competence::id).containsExactly(
                "skills21.communication", "skills21.collaboration", "skills21.critical_thinking", "skills21.creativity",
                "skills21.digital", "skills21.flexibility", "skills21.problem_solving", "skills21.learning_to_learn");
        assertThat(framework.competences()).allSatisfy(c -> assertThat(c.examples()).hasSizeBetween(2, 3));
    }

    @Test
    void showsEntr21sEmphasis() {
        Framework framework = content.dialogs().framework();
        Map<String, List<String>> byFocus = framework.competences().stream().filter(c -> c.focus() != null)
                .collect(Collectors.groupingBy(Competence::focus,
                        Collectors.mapping(Competence::id, Collectors.toList())));

        assertThat(byFocus).containsOnlyKeys("entrepreneurial_spirit", "creativity", "desire_to_learn",
                "social_and_cultural_capital", "communication", "digital_skills");
        assertThat(byFocus.get("digital_skills")).containsExactly("skills21.digital");
        assertThat(byFocus.get("creativity")).containsExactly("entrecomp.1.2", "skills21.creativity");
    }

    @Test
    void asksAboutEveryCompetenceWithASituationASelfRatingAndAnOptionalStory() {
        for (Competence competence : content.dialogs().framework().competences()) {
            List<Question> questions = MODULES.stream().flatMap(m -> content.dialogs().get(m).steps().stream())
                    .filter(s -> s instanceof Question q && competence.id().equals(q.competence()))
                    .map(Question.class::cast).toList();

            assertThat(questions).as(competence.id()).hasExactlyElementsOfTypes(ChoiceStep.class, ScaleStep.class,
                    TextStep.class);
            assertThat(((TextStep) questions.get(2)).optional()).as(competence.id()).isTrue();
        }
    }

    @Test
    void splitsTheAssessmentIntoModulesOfAboutFiveTopics() {
        for (String module : MODULES) {
            Dialog dialog = content.dialogs().get(module);
            assertThat(dialog.progress()).as(module).isTrue();
            assertThat(dialog.questionTotal()).as(module).isBetween(3, 5);
        }
        List<String> called = content.dialogs().get("selfcheck").steps().stream().map(Step::id)
                .filter(MODULES::contains).toList();
        assertThat(called).containsExactlyElementsOf(MODULES);
    }

    @Test
    void offersEveryGoalJobWithADesiredLevelForEveryCompetence() {
        Profiles profiles = content.dialogs().profiles();
        ChoiceStep goal = (ChoiceStep) content.dialogs().get("intake").step("goal");

        assertThat(profiles.all()).hasSizeGreaterThanOrEqualTo(11);
        assertThat(goal.save()).isEqualTo(Profiles.GOAL_VARIABLE);
        assertThat(goal.options()).extracting(ChoiceStep.Option::value)
                .containsExactlyElementsOf(profiles.all().stream().map(Profile::id).toList());
        assertThat(goal.options()).last().extracting(ChoiceStep.Option::value).isEqualTo(profiles.general());
        assertThat(profiles.profile("self_employed")).isPresent();
        for (Profile profile : profiles.all()) {
            assertThat(profile.desired()).as(profile.id()).containsOnlyKeys(content.dialogs().competences());
        }
    }

    @Test
    void mostClientTextsFitOneSmsSegmentAndNoneNeedsMoreThanThree() {
        assertThat(content.sms().byLanguage()).containsOnlyKeys("en", "de", "fr", "nl");
        content.sms().byLanguage().forEach((language, fit) -> {
            assertThat(fit.percent()).as(language).isGreaterThanOrEqualTo(90);
            assertThat(fit.most()).as(language).isLessThanOrEqualTo(SmsBudget.MAX_SEGMENTS);
        });
    }
}
