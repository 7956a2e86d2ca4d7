package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.cohort.PromptMigration;
import eu.skilltalk.cohort.ReminderRunner;
import eu.skilltalk.schedule.Broadcasts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Prompts reach every client of a cohort (now or at their time) and reminders nudge clients who went quiet. */
class PromptAndReminderTest extends CoachTestBase {

    @Autowired
    ReminderRunner reminders;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Broadcasts broadcasts;
    @Autowired
    PromptMigration migration;

    @Test
    void aTextPromptReachesEveryClientOnceButNotOneWhoSaidStop() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Prompted");
        String ann = onboardedClient(cohort);
        String bob = onboardedClient(cohort);
        String carl = onboardedClient(cohort);
        String newcomer = joinedClient(cohort);
        say(carl, "stop");
        String text = "What did you learn today? Tell me in one sentence.";
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts";

        Response accepted = call("POST", path, coach, "{\"text\": \"" + text + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("SENDING");
        await("the prompt went out", () -> status(path, coach).equals("SENT"));
        JsonNode sent = get(path, coach).json().get(0);
        assertThat(sent.get("recipients").asInt()).as("everybody but the client who said stop").isEqualTo(3);
        assertThat(sent.get("done").asInt()).isEqualTo(3);
        for (String client : List.of(ann, bob, newcomer)) {
            assertThat(received(client)).as("a text also reaches a client still onboarding, once")
                    .filteredOn(text::equals).hasSize(1);
        }
        assertThat(received(carl)).doesNotContain(text);
    }

    @Test
    void aScheduledPromptArrivesOnlyAfterItsTime() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Scheduled");
        String ann = onboardedClient(cohort);
        String text = "Tomorrow we meet at ten. See you!";
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts";

        Response accepted = call("POST", path, coach,
                "{\"text\": \"" + text + "\", \"sendAt\": \"" + clock.instant().plus(Duration.ofHours(2)) + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("SCHEDULED");
        clock.advance(Duration.ofHours(1));
        call("POST", path, coach, "{\"text\": \"Meanwhile: a prompt for now.\"}");
        await("the prompt for now arrived", () -> received(ann).contains("Meanwhile: a prompt for now."));
        assertThat(received(ann)).as("an hour early").doesNotContain(text);
        assertThat(get(path, coach).json().get(1).get("status").asString()).isEqualTo("SCHEDULED");
        clock.advance(Duration.ofHours(1).plusSeconds(5));
        await("the prompt arrived after its time", () -> received(ann).contains(text));
    }

    @Test
    void aDialogPromptStartsTheDialogForChosenConsentingClientsWhenDue() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Dialog prompt");
        String ann = onboardedClient(cohort);
        String bob = onboardedClient(cohort);
        String newcomer = joinedClient(cohort);
        int before = received(ann).size();
        int bobBefore = received(bob).size();
        int newcomerBefore = received(newcomer).size();
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/prompts";

        Response accepted = call("POST", path, coach,
                "{\"dialog\": \"selfcheck\", \"participantIds\": [\"" + participantId(ann) + "\", \""
                        + participantId(newcomer) + "\"], \"sendAt\": \"" + clock.instant().plus(Duration.ofMinutes(30))
                        + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().get("status").asString()).isEqualTo("SCHEDULED");
        clock.advance(Duration.ofMinutes(31));
        await("the prompt was started", () -> status(path, coach).equals("SENT"));

        JsonNode started = get(path, coach).json().get(0);
        assertThat(started.get("recipients").asInt()).as("the two chosen").isEqualTo(2);
        assertThat(started.get("done").asInt()).isEqualTo(1);
        assertThat(started.get("skipped").asInt()).as("still onboarding: no consent yet").isEqualTo(1);
        assertThat(received(ann).size()).as("the self-check starts again from its beginning").isGreaterThan(before);
        assertThat(received(bob)).as("not chosen").hasSize(bobBefore);
        assertThat(received(newcomer)).as("no dialog before consent").hasSize(newcomerBefore);
    }

    @Test
    void aPromptForABigCohortIsOneSmallDocumentAndQueuesNothingAtOnce() {
        Login coach = newCoach();
        String cohortId = newCohort(coach, "Big cohort").get("id").asString();
        List<Document> members = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            members.add(new Document("_id", "big-" + UUID.randomUUID()).append("channel", "bigcohort")
                    .append("address", "bigcohort:" + i).append("language", "en").append("cohortId", cohortId)
                    .append("createdAt", new Date()));
        }
        mongo.getCollection("participants").insertMany(members);

        Response accepted = call("POST", "/api/v1/cohorts/" + cohortId + "/prompts", coach,
                "{\"text\": \"Hello everybody\", \"sendAt\": \"" + clock.instant().plus(Duration.ofHours(1)) + "\"}");

        assertThat(accepted.status()).isEqualTo(202);
        Document prompt = byId("prompts", accepted.json().get("id").asString());
        String broadcastId = accepted.json().get("broadcastId").asString();
        assertThat(prompt.toJson().length()).as("no list of recipients").isLessThan(500);
        assertThat(byId("broadcasts", broadcastId).toJson().length()).isLessThan(500);
        assertThat(mongo.count(Query.query(Criteria.where("channel").is("bigcohort")), "outbox"))
                .as("a message is queued when its client's page comes, not when the coach sends").isZero();
        broadcasts.cancel(broadcastId); // the clients are made up: nothing to send them when the clock moves on
    }

    private Document byId(String collection, String id) {
        return mongo.getCollection(collection).find(new Document("_id", id)).first();
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

    /** A client who sent the join code and has not consented yet (onboarding asks for the language first). */
    private String joinedClient(JsonNode cohort) {
        String conversation = "c-" + UUID.randomUUID();
        say(conversation, cohort.get("joinCode").asString());
        return conversation;
    }

    private String status(String path, Login coach) {
        return get(path, coach).json().get(0).get("status").asString();
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

    @Test
    void promptsStoredByAnEarlierVersionKeepTheirProgressAndAWaitingDialogStillStarts() {
        Login coach = newCoach();
        JsonNode cohort = newCohort(coach, "Upgraded");
        String cohortId = cohort.get("id").asString();
        String ann = onboardedClient(cohort);
        String bob = onboardedClient(cohort);
        int annBefore = received(ann).size();
        int bobBefore = received(bob).size();
        Instant now = clock.instant();
        // As the earlier version stored them: recipients listed, a status, no broadcast.
        mongo.getCollection("prompts").insertMany(List.of(
                new Document("_id", "old-text-" + cohortId).append("cohortId", cohortId).append("coachId", "c")
                        .append("text", "Old news").append("recipients", List.of(participantId(ann), participantId(bob)))
                        .append("sendAt", Date.from(now.minus(Duration.ofDays(1)))).append("status", "QUEUED")
                        .append("createdAt", Date.from(now.minus(Duration.ofDays(1)))).append("started", 0),
                new Document("_id", "old-dialog-" + cohortId).append("cohortId", cohortId).append("coachId", "c")
                        .append("dialog", "selfcheck").append("recipients", List.of(participantId(ann)))
                        .append("sendAt", Date.from(now.plus(Duration.ofHours(1)))).append("status", "SCHEDULED")
                        .append("createdAt", Date.from(now)).append("started", 0)));

        migration.migrate();
        migration.migrate();

        String path = "/api/v1/cohorts/" + cohortId + "/prompts";
        JsonNode listed = get(path, coach).json();
        assertThat(listed).hasSize(2);
        JsonNode waiting = listed.get(0);
        JsonNode old = listed.get(1);
        assertThat(old.get("status").asString()).as("went out before the upgrade").isEqualTo("SENT");
        assertThat(old.get("recipients").asInt()).isEqualTo(2);
        assertThat(old.get("done").asInt()).isEqualTo(2);
        assertThat(waiting.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(mongo.count(Query.query(Criteria.where("cohortId").is(cohortId)), "broadcasts"))
                .as("one broadcast each, however often it runs").isEqualTo(2);
        clock.advance(Duration.ofHours(1).plusSeconds(5));
        await("the waiting dialog started", () -> status(path, coach).equals("SENT"));
        assertThat(received(ann).size()).as("the self-check started for its recipient").isGreaterThan(annBefore);
        assertThat(received(bob)).as("not a recipient, and the old text is not sent again").hasSize(bobBefore);
    }
}
