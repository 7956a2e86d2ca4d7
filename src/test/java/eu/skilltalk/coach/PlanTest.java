package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.dialog.Event;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * After the results the client makes an action plan (a growth point, a suggested action, a day from buttons,
 * confirmed); the coach sees it through the API; on that day a follow-up asks "Did you do it?" (the test moves
 * the clock) and the answer goes into the plan. "I need help" reaches the client's coach's inbox, once; a client
 * in no cohort is not promised a coach.
 */
class PlanTest extends CoachTestBase {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    List<ParticipantSection> sections;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    ApplicationEventPublisher events;

    private Login coach;
    private String conversation;
    private String client;

    @BeforeEach
    void aClientAtTheEndOfTheSelfCheck() {
        coach = newCoach();
        conversation = atThePlan(onboardedClient(newCohort(coach, "Plan")));
        client = participantId(conversation);
    }

    /** Takes an onboarded client through the self-check to the plan's first question. */
    private String atThePlan(String onboarded) {
        answerUntilTheChart(onboarded, "1", "I cleaned the park with ten people.");
        assertThat(texts(send(onboarded, "2"))).as("no interview sentences: the plan comes")
                .containsExactly(text("plan.ask"));
        return onboarded;
    }

    @Test
    void theClientPlansAnActionForADayAndIsAskedAboutItThatDay() {
        Planned planned = planAnAction(conversation);

        JsonNode plan = get("/api/v1/participants/" + client + "/plan", coach).json();
        assertThat(plan.get("items").size()).isEqualTo(1);
        JsonNode item = plan.get("items").get(0);
        assertThat(item.get("action").asString()).isEqualTo(planned.action());
        assertThat(item.get("dueOn").asString()).isEqualTo(planned.due().toString());
        assertThat(item.get("answer").isNull()).isTrue();

        moveTo(planned.due().minusDays(1).atTime(11, 0));
        assertThat(received(conversation)).as("not before its day").doesNotContain(text("followup.ask"));
        followUpOn(planned, conversation);

        assertThat(texts(send(conversation, "3"))).containsExactly(text("followup.coach"));
        JsonNode answered = get("/api/v1/participants/" + client + "/plan", coach).json().get("items").get(0);
        assertThat(answered.get("answer").asString()).isEqualTo("help");
        assertThat(clientPage()).as("the coach's client page shows it, the call for help marked")
                .contains("<td>" + planned.action() + "</td>", "<strong class=\"flag\">Needs help</strong>");
    }

    @Test
    void iNeedHelpReachesTheCoachsInboxOnceAndNoOtherCoach() {
        Planned planned = planAnAction(conversation);
        followUpOn(planned, conversation);

        assertThat(texts(send(conversation, "3"))).containsExactly(text("followup.coach"));

        JsonNode thread = thread(get("/api/v1/inbox", coach).json(), client);
        assertThat(thread).as("a thread for the client").isNotNull();
        assertThat(thread.get("unread").asInt()).isEqualTo(1);
        assertThat(thread.get("open").asBoolean()).as("no chat opened: the client's words still go to dialogs")
                .isFalse();
        JsonNode messages = get("/api/v1/inbox/" + client, coach).json();
        assertThat(messages.size()).isEqualTo(1);
        String competence = get("/api/v1/participants/" + client + "/plan", coach).json().get("items").get(0)
                .get("competence").asString();
        assertThat(messages.get(0).get("direction").asString()).isEqualTo("help");
        assertThat(messages.get(0).get("text").asString()).isEqualTo(planned.action());
        assertThat(messages.get(0).get("competence").asString()).isEqualTo(competence);

        // A turn applied again after a crash publishes its events again.
        events.publishEvent(new ConversationEvent(client, followUpAnswer(), true));
        assertThat(get("/api/v1/inbox/" + client, coach).json().size()).as("the same request, kept once")
                .isEqualTo(1);
        assertThat(thread(get("/api/v1/inbox", coach).json(), client).get("unread").asInt())
                .as("read, and not unread again").isZero();

        Login other = newCoach();
        assertThat(thread(get("/api/v1/inbox", other).json(), client)).isNull();
        assertThat(get("/api/v1/inbox/" + client, other).status()).isEqualTo(404);

        Browser browser = new Browser();
        browser.signIn(coach);
        String page = browser.get("/coach/inbox/" + client + "?lang=nl").body();
        assertThat(page).as("the coach's page names the growth point and the action, in the coach's language")
                .contains(HtmlUtils.htmlEscape(catalog.render("nl", "coach.inbox.help",
                        Map.of("0", catalog.render("nl", "competence." + competence + ".name")))))
                .contains(HtmlUtils.htmlEscape(planned.action()));
    }

    @Test
    void aClientInNoCohortIsNotPromisedACoach() {
        String alone = atThePlan(onboardedClientInNoCohort());
        String aloneId = participantId(alone);
        Planned planned = planAnAction(alone);
        followUpOn(planned, alone);

        assertThat(texts(send(alone, "3"))).containsExactly(text("followup.alone"));
        assertThat(get("/api/v1/participants/" + aloneId + "/plan", admin()).json().get("items").get(0)
                .get("answer").asString()).isEqualTo("help");
        assertThat(thread(get("/api/v1/inbox", admin()).json(), aloneId)).as("nobody coaches them: no request")
                .isNull();
    }

    /** What {@link #planAnAction} planned: the growth point's and action's texts and the day. */
    private record Planned(String competence, String action, LocalDate due) {
    }

    /** Plans the first growth point's second suggestion in 3 days (one action, no more), step by step. */
    private Planned planAnAction(String conversation) {
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
        return new Planned(competence, action, today().plusDays(3));
    }

    /** Moves the clock to the action's day and waits for its follow-up, which names the action. */
    private void followUpOn(Planned planned, String conversation) {
        moveTo(planned.due().atTime(11, 0));
        await("the follow-up", () -> received(conversation).contains(text("followup.ask")));
        List<String> all = received(conversation);
        assertThat(all.get(all.size() - 2)).isEqualTo(catalog.render("en", "followup.remind",
                Map.of("action", planned.action(), "competence", planned.competence())));
    }

    /** The follow-up's answer as the engine recorded it (the answer log keeps the turn's time). */
    private Event.AnswerRecorded followUpAnswer() {
        JsonNode answer = null;
        for (JsonNode a : get("/api/v1/participants/" + client + "/answers", coach).json()) {
            if (a.get("dialog").asString().equals("followup")) {
                answer = a;
            }
        }
        assertThat(answer).as("the follow-up's answer in the log").isNotNull();
        return new Event.AnswerRecorded("followup", answer.get("step").asString(),
                answer.get("question").asString(), answer.get("language").asString(), answer.get("raw").asString(),
                answer.get("value").asString(), null, Instant.parse(answer.get("at").asString()));
    }

    /** The inbox thread of this client in a list of threads, or {@code null}. */
    private static JsonNode thread(JsonNode threads, String participantId) {
        for (JsonNode t : threads) {
            if (t.get("participantId").asString().equals(participantId)) {
                return t;
            }
        }
        return null;
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
