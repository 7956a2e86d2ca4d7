package eu.skilltalk.dialog;

import static eu.skilltalk.dialog.FrameworkReaderTest.DIALOG;
import static eu.skilltalk.dialog.FrameworkReaderTest.FRAMEWORK;
import static eu.skilltalk.dialog.FrameworkReaderTest.PROFILES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal-job profiles file: what a valid one gives, and the exact message for each kind of mistake. */
class ProfileReaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void validContent() throws IOException {
        write("competences.yaml", FRAMEWORK);
        write("onboarding.yaml", DIALOG);
        write("profiles.yaml", PROFILES);
    }

    @Test
    void validProfilesGiveADesiredLevelPerCompetence() {
        DialogLoader.Result result = new DialogLoader().load(dir);

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

    @Test
    void reportsAFieldItDoesNotKnow() throws IOException {
        write("profiles.yaml", PROFILES.replace("  - id: cook\n", "  - id: cook\n    salary: 2000\n"));

        assertThat(problems()).containsExactly(file() + ":5: unknown field 'salary' in profile 'cook'");
    }

    @Test
    void reportsAMissingGeneralProfile() throws IOException {
        write("profiles.yaml", PROFILES.replace("general: other\n", ""));

        assertThat(problems()).containsExactly(file() + ":1: missing field 'general' in profiles file");
    }

    @Test
    void reportsAGeneralProfileThatDoesNotExist() throws IOException {
        write("profiles.yaml", PROFILES.replace("general: other", "general: any"));

        assertThat(problems()).containsExactly(file() + ":2: general profile 'any' is not one of the profiles");
    }

    @Test
    void reportsADuplicateProfileId() throws IOException {
        write("profiles.yaml", PROFILES.replace("id: other", "id: cook"));

        assertThat(problems()).containsExactly(
                file() + ":6: duplicate profile id 'cook'",
                dir.resolve("onboarding.yaml") + ":4: step 'goal' offers unknown profile 'other'",
                file() + ":2: general profile 'other' is not one of the profiles");
    }

    @Test
    void reportsALevelOutsideTheScale() throws IOException {
        write("profiles.yaml", PROFILES.replace("ideas.new: 3", "ideas.new: 7"));

        assertThat(problems()).containsExactly(
                file() + ":8: desired level of 'ideas.new' in profile 'other' must be 1 to 5, not 7");
    }

    @Test
    void reportsALevelThatIsNotANumber() throws IOException {
        write("profiles.yaml", PROFILES.replace("action.plan: 3\n", "action.plan: high\n"));

        assertThat(problems()).containsExactly(
                file() + ":9: field 'action.plan' in desired levels of profile 'other' must be a whole number,"
                        + " not 'high'");
    }

    @Test
    void reportsALevelForAnUnknownCompetence() throws IOException {
        write("profiles.yaml", PROFILES.replace("action.plan: 3\n", "action.plan: 3\n      ideas.old: 2\n"));

        assertThat(problems()).containsExactly(
                file() + ":10: profile 'other' sets a level for unknown competence 'ideas.old'");
    }

    @Test
    void reportsCompetencesWithoutADesiredLevel() throws IOException {
        write("profiles.yaml", PROFILES.replace("{ideas.new: 4, action.plan: 3}", "{ideas.new: 4}"));

        assertThat(problems()).containsExactly(file() + ":5: profile 'cook' has no desired level for action.plan");
    }

    @Test
    void reportsAProfileTheGoalQuestionDoesNotOffer() throws IOException {
        write("onboarding.yaml", DIALOG.replace("      - {value: cook, text: t.cook}\n", ""));

        assertThat(problems()).containsExactly(
                file() + ":4: profile 'cook' is not offered by the goal question (a choice step with 'save: goal')");
    }

    @Test
    void reportsAGoalQuestionOfferingAnUnknownProfile() throws IOException {
        write("onboarding.yaml", DIALOG.replace("{value: cook, text: t.cook}", "{value: chef, text: t.cook}"));

        assertThat(problems()).containsExactly(
                dir.resolve("onboarding.yaml") + ":4: step 'goal' offers unknown profile 'chef'",
                file() + ":4: profile 'cook' is not offered by the goal question (a choice step with 'save: goal')");
    }

    @Test
    void reportsProfilesWhenNoDialogAsksForTheGoal() throws IOException {
        write("onboarding.yaml", DIALOG.replace("    save: goal\n", ""));

        assertThat(problems()).containsExactly(
                file() + ":4: profile 'cook' is not offered by any goal question (a choice step with 'save: goal')",
                file() + ":6: profile 'other' is not offered by any goal question (a choice step with 'save: goal')");
    }

    private List<String> problems() {
        return new DialogLoader().load(dir).problems().stream().sorted(Problem.ORDER).map(Problem::toString).toList();
    }

    private Path file() {
        return dir.resolve("profiles.yaml");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
