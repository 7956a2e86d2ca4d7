package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.cohort.PromptSender;
import eu.skilltalk.cohort.ReminderRunner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Prompts reach every client of a cohort (now or at their time) and reminders nudge clients who went quiet. */
class PromptAndReminderTest extends CoachTestBase {

    @Autowired
    PromptSender prompts;
    @Autowired
    ReminderRunner reminders;

    @Test
    void aTextPromptReachesEveryClientButNotOneWhoSaidStop() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Prompted");
        String ann = onboardedClient(cohort);
        String bob = onboardedClient(cohort);
        String carl = onboardedClient(cohort);
        say(carl, "stop");
        String text = "What did you learn today? Tell me in one sentence.";

        Response accepted = call("POST", "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts", coach,
                "{\"text\": \"" + text + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("recipients").asInt()).isEqualTo(2);
        await("both clients got the prompt", () -> received(ann).contains(text) && received(bob).contains(text));
        assertThat(received(carl)).doesNotContain(text);
    }

    @Test
    void aScheduledPromptArrivesOnlyAfterItsTime() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Scheduled");
        String ann = onboardedClient(cohort);
        String text = "Tomorrow we meet at ten. See you!";

        Response accepted = call("POST", "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts", coach,
                "{\"text\": \"" + text + "\", \"sendAt\": \"" + clock.instant().plus(Duration.ofHours(2)) + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("QUEUED");
        clock.advance(Duration.ofHours(1));
        prompts.startDue();
        assertThat(received(ann)).doesNotContain(text);
        clock.advance(Duration.ofHours(1).plusSeconds(5));
        await("the prompt arrived after its time", () -> received(ann).contains(text));
    }

    @Test
    void aDialogPromptStartsTheDialogForChosenClientsWhenDue() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Dialog prompt");
        String ann = onboardedClient(cohort);
        String bob = onboardedClient(cohort);
        String annId = participantId(ann);
        int before = received(ann).size();
        int bobBefore = received(bob).size();

        Response accepted = call("POST", "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts", coach,
                "{\"dialog\": \"selfcheck\", \"participantIds\": [\"" + annId + "\"], \"sendAt\": \""
                        + clock.instant().plus(Duration.ofMinutes(30)) + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("SCHEDULED");
        prompts.startDue();
        assertThat(received(ann)).hasSize(before);
        clock.advance(Duration.ofMinutes(31));
        prompts.startDue();
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts";
        // The scheduler may have claimed it first: wait for whichever instance thread started it.
        await("the prompt was started", () -> get(path, coach).json().get(0).get("status").asString().equals("STARTED"));

        assertThat(received(ann).size()).as("the self-check starts again from its beginning").isGreaterThan(before);
        assertThat(received(bob)).as("not chosen").hasSize(bobBefore);
        assertThat(get(path, coach).json().get(0).get("started").asInt()).isEqualTo(1);
    }

    @Test
    void aBadPromptGetsAPreciseAnswer() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Bad prompts");
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts";

        assertThat(call("POST", path, coach, "{}").json().get("detail").asString()).startsWith("text, dialog:");
        assertThat(call("POST", path, coach, "{\"text\": \"a\", \"dialog\": \"selfcheck\"}").status()).isEqualTo(400);
        assertThat(call("POST", path, coach, "{\"dialog\": \"nope\"}").json().get("detail").asString())
                .startsWith("dialog: no dialog 'nope'");
        assertThat(call("POST", path, coach, "{\"text\": \"a\", \"participantIds\": [\"x\"]}").json().get("detail")
                .asString()).startsWith("participantIds:");
        assertThat(call("POST", path, coach, "{\"text\": \"a\", \"sendAt\": \"tomorrow\"}").status()).isEqualTo(400);
        assertThat(call("POST", "/api/v1/cohorts/nope/prompts", coach, "{\"text\": \"a\"}").status()).isEqualTo(404);
    }

    @Test
    void aReminderNudgesAQuietClientOnceWithTheirQuestion() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Reminded");
        String ann = onboardedClient(cohort);
        List<String> before = received(ann);
        String question = before.get(before.size() - 1);
        Response rule = call("POST", "/api/v1/cohorts/" + cohort.get("id").asString() + "/reminders", coach,
                "{\"inactiveDays\": 2, \"dialog\": \"selfcheck\"}");
        assertThat(rule.status()).isEqualTo(201);

        clock.advance(Duration.ofDays(1));
        reminders.run();
        assertThat(received(ann)).hasSize(before.size());
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        reminders.run();
        reminders.run();

        await("the nudge arrived", () -> received(ann).size() >= before.size() + 2);
        assertThat(received(ann).subList(before.size(), received(ann).size()))
                .containsExactly("Hi! You have a few questions left. Let's go on.", question);
        JsonNode stuck = get("/api/v1/cohorts/" + cohort.get("id").asString() + "/participants", coach).json();
        assertThat(stuck.get(0).get("stuck").asBoolean()).as("quiet for two days with a question waiting").isTrue();
    }
}
