package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * After the results the client makes an action plan (a growth point, a suggested action, a day from buttons,
 * confirmed); the coach sees it through the API; on that day a follow-up asks "Did you do it?" (the test moves
 * the clock) and the answer goes into the plan.
 */
class PlanTest extends CoachTestBase {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    List<ParticipantSection> sections;
    @Autowired
    ITemplateEngine templates;

    private Login coach;
    private String conversation;
    private String client;

    @BeforeEach
    void aClientAtTheEndOfTheSelfCheck() {
        coach = newCoach();
        conversation = onboardedClient(newCohort(coach, "Plan"));
        client = participantId(conversation);
        answerUntilTheChart(conversation, "1", "I cleaned the park with ten people.");
        assertThat(texts(send(conversation, "2"))).as("no interview sentences: the plan comes")
                .containsExactly(text("plan.ask"));
    }

    @Test
    void theClientPlansAnActionForADayAndIsAskedAboutItThatDay() {
        List<JsonNode> focus = send(conversation, "1");
        assertThat(texts(focus)).containsExactly(text("plan.focus"));
        assertThat(focus.get(0).get("choices").size()).as("the growth points from the results").isEqualTo(3);
        String competence = focus.get(0).get("choices").get(0).get("label").asString();
        List<JsonNode> actions = send(conversation, "1");
        assertThat(actions.get(0).get("choices").size()).as("3 suggestions and 'my own'").isEqualTo(4);
        String action = actions.get(0).get("choices").get(1).get("label").asString();
        assertThat(texts(send(conversation, "2"))).containsExactly(text("plan.day"));
        List<String> shown = texts(send(conversation, "1"));
        assertThat(shown.get(0)).startsWith(competence + ": " + action + " (");
        assertThat(shown.get(1)).isEqualTo(text("plan.confirm"));
        assertThat(texts(send(conversation, "1"))).last().isEqualTo(text("plan.more"));
        assertThat(texts(send(conversation, "2"))).contains(text("plan.yours"), text("plan.done"));

        LocalDate due = today().plusDays(3);
        JsonNode plan = get("/api/v1/participants/" + client + "/plan", coach).json();
        assertThat(plan.get("items").size()).isEqualTo(1);
        JsonNode item = plan.get("items").get(0);
        assertThat(item.get("action").asString()).isEqualTo(action);
        assertThat(item.get("dueOn").asString()).isEqualTo(due.toString());
        assertThat(item.get("answer").isNull()).isTrue();

        moveTo(due.minusDays(1).atTime(11, 0));
        assertThat(received(conversation)).as("not before its day").doesNotContain(text("followup.ask"));
        moveTo(due.atTime(11, 0));
        await("the follow-up", () -> received(conversation).contains(text("followup.ask")));
        List<String> all = received(conversation);
        assertThat(all.get(all.size() - 2)).isEqualTo(
                catalog.render("en", "followup.remind", Map.of("action", action, "competence", competence)));

        assertThat(texts(send(conversation, "3"))).containsExactly(text("followup.coach"));
        JsonNode answered = get("/api/v1/participants/" + client + "/plan", coach).json().get("items").get(0);
        assertThat(answered.get("answer").asString()).isEqualTo("help");
        assertThat(clientPage()).as("the coach's client page shows it, the call for help marked")
                .contains("<td>" + action + "</td>", "<strong class=\"flag\">Needs help</strong>");
    }

    private String clientPage() {
        ParticipantSection plan = sections.stream().filter(s -> s.template().equals("coach/sections/plan"))
                .findFirst().orElseThrow();
        Context context = new Context(Locale.ENGLISH, Map.of("section", plan.model(client, Locale.ENGLISH)));
        return templates.process(plan.template(), Set.of("section"), context);
    }

    @Test
    void thePlanCommandShowsThePlanAndOffersToMakeOrChangeIt() {
        assertThat(texts(send(conversation, "plan"))).containsExactly(text("plan.empty"), text("plan.ask"));
        assertThat(texts(send(conversation, "my plan"))).as("again, at any question")
                .containsExactly(text("plan.empty"), text("plan.ask"));
    }

    @Test
    void onlyTheClientsOwnCoachAndTheAdminSeeThePlan() {
        assertThat(get("/api/v1/participants/" + client + "/plan", coach).json().get("items").size()).isZero();
        assertThat(get("/api/v1/participants/" + client + "/plan", admin()).status()).isEqualTo(200);
        assertThat(get("/api/v1/participants/" + client + "/plan", newCoach()).status()).isEqualTo(404);
    }

    private LocalDate today() {
        return clock.instant().atZone(BRUSSELS).toLocalDate();
    }

    /** Moves the shared clock forward to this Brussels time (never back: other tests share it). */
    private void moveTo(LocalDateTime local) {
        ZonedDateTime target = local.atZone(BRUSSELS);
        Duration ahead = Duration.between(clock.instant(), target.toInstant());
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }

    private static List<String> texts(List<JsonNode> replies) {
        return replies.stream().map(r -> r.get("text").asString()).toList();
    }
}
