package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The REST API's accounts, cohorts, enrolment, participants, observations and audit, with who may do what. */
class CoachApiTest extends CoachTestBase {

    @Autowired
    Answers answers;

    @Test
    void anonymousCallsAreAskedToSignInWithProblemDetails() {
        Response response = get("/api/v1/cohorts", Login.NOBODY);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SkillTalk\"");
        assertThat(response.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(get("/api/v1/cohorts", new Login(ADMIN, "not-the-password")).status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdminManagesCoaches() {
        Login coach = newCoach();
        String body = "{\"username\": \"x-" + UUID.randomUUID().toString().substring(0, 6)
                + "\", \"password\": \"long-enough-password\", \"displayName\": \"X\"}";

        assertThat(call("POST", "/api/v1/coaches", coach, body).status()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/coaches", Login.NOBODY, body).status()).isEqualTo(401);
        assertThat(get("/api/v1/coaches", coach).status()).isEqualTo(403);
        Response created = call("POST", "/api/v1/coaches", admin(), body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role").asString()).isEqualTo("COACH");
        assertThat(created.body()).doesNotContain("password");
        assertThat(call("POST", "/api/v1/coaches", admin(), body).status()).as("same user name").isEqualTo(409);
    }

    @Test
    void aBadNewCoachGetsTheExactFieldWrong() {
        Response response = call("POST", "/api/v1/coaches", admin(),
                "{\"username\": \"shorty\", \"password\": \"short\", \"displayName\": \"S\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).startsWith("password:");
    }

    @Test
    void aDisabledCoachCannotSignInAndANewPasswordWorks() {
        Login coach = newCoach();
        String id = findCoachId(coach.username());

        assertThat(call("PATCH", "/api/v1/coaches/" + id, admin(), "{\"enabled\": false}").status()).isEqualTo(200);
        assertThat(get("/api/v1/cohorts", coach).status()).isEqualTo(401);
        call("PATCH", "/api/v1/coaches/" + id, admin(), "{\"enabled\": true, \"password\": \"a-brand-new-password\"}");
        assertThat(get("/api/v1/cohorts", coach).status()).isEqualTo(401);
        assertThat(get("/api/v1/cohorts", new Login(coach.username(), "a-brand-new-password")).status()).isEqualTo(200);
    }

    @Test
    void aCohortGetsASixCharacterJoinCodeWithoutLookAlikes() {
        JsonNode cohort = newCohort(newCoach(), "Workshop May");

        assertThat(cohort.get("id").asString()).isNotBlank();
        assertThat(cohort.get("name").asString()).isEqualTo("Workshop May");
        assertThat(cohort.get("joinCode").asString()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
        assertThat(cohort.get("telegramLink").asString())
                .isEqualTo("https://t.me/SkillTalkTestBot?start=" + cohort.get("joinCode").asString());
    }

    @Test
    void aCoachSeesOnlyTheirOwnCohortsAndAnAdminSeesAll() {
        Login a = newCoach();
        Login b = newCoach();
        JsonNode cohort = newCohort(a, "A's group");
        String path = "/api/v1/cohorts/" + cohort.get("id").asString();

        assertThat(get(path, a).status()).isEqualTo(200);
        assertThat(get(path, b).status()).isEqualTo(404);
        assertThat(get(path, admin()).status()).isEqualTo(200);
        assertThat(get(path, Login.NOBODY).status()).isEqualTo(401);
        assertThat(ids(get("/api/v1/cohorts", a).json())).containsExactly(cohort.get("id").asString());
        assertThat(ids(get("/api/v1/cohorts", b).json())).isEmpty();
        assertThat(ids(get("/api/v1/cohorts", admin()).json())).contains(cohort.get("id").asString());
        assertThat(get(path + "/participants", b).status()).isEqualTo(404);
        assertThat(call("POST", path + "/prompts", b, "{\"text\": \"hi\"}").status()).isEqualTo(404);
    }

    @Test
    void anAdminHandsACohortOverToAnotherCoach() {
        Login a = newCoach();
        Login b = newCoach();
        String path = "/api/v1/cohorts/" + newCohort(a, "Handed over").get("id").asString();
        String body = "{\"coachId\": \"" + findCoachId(b.username()) + "\"}";

        assertThat(call("PATCH", path, a, body).status()).isEqualTo(403);
        assertThat(call("PATCH", path, admin(), "{\"coachId\": \"nobody\"}").status()).isEqualTo(400);
        assertThat(call("PATCH", path, admin(), body).status()).isEqualTo(200);

        assertThat(get(path, a).status()).isEqualTo(404);
        assertThat(get(path, b).status()).isEqualTo(200);
    }

    @Test
    void aClientWhoSendsTheJoinCodeInAnyCaseJoinsAndTheConversationGoesOn() {
        Login a = newCoach();
        JsonNode cohort = newCohort(a, "Tuesday group");
        String conversation = "join-" + UUID.randomUUID();

        List<String> replies = say(conversation, cohort.get("joinCode").asString().toLowerCase());

        assertThat(replies.get(0)).isEqualTo("You joined the group Tuesday group. Welcome!");
        assertThat(replies.get(1)).isEqualTo(text("onboarding.language.ask"));
        assertThat(replies).as("onboarding starts right after").hasSizeGreaterThan(1);
        JsonNode found = get("/api/v1/participants?address=simulator:" + conversation, a).json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("cohortId").asString()).isEqualTo(cohort.get("id").asString());
        assertThat(found.get(0).get("language").asString()).isEqualTo("en");
        assertThat(found.get(0).get("address").asString()).isEqualTo("simulator:" + conversation);
        assertThat(found.get(0).get("id").asString()).isNotBlank();
    }

    @Test
    void aJoinCodeInTheMiddleOfADialogRepeatsTheQuestionInsteadOfAnsweringIt() {
        JsonNode cohort = newCohort(newCoach(), "Late joiners");
        String conversation = "late-" + UUID.randomUUID();
        List<String> first = say(conversation, "hi");

        List<String> replies = say(conversation, "/start " + cohort.get("joinCode").asString());

        assertThat(replies).containsExactly("You joined the group Late joiners. Welcome!", first.get(first.size() - 1));
    }

    @Test
    void anotherCoachCannotFindOrReadTheClient() {
        Login a = newCoach();
        Login b = newCoach();
        String conversation = onboardedClient(newCohort(a, "Isolation"));
        String id = participantId(conversation);

        assertThat(get("/api/v1/participants?address=simulator:" + conversation, b).json().size()).isZero();
        for (String path : List.of("", "/answers", "/observations")) {
            assertThat(get("/api/v1/participants/" + id + path, a).status()).as(path).isEqualTo(200);
            assertThat(get("/api/v1/participants/" + id + path, b).status()).as(path).isEqualTo(404);
            assertThat(get("/api/v1/participants/" + id + path, admin()).status()).as(path).isEqualTo(200);
            assertThat(get("/api/v1/participants/" + id + path, Login.NOBODY).status()).as(path).isEqualTo(401);
        }
        assertThat(get("/api/v1/participants/no-such-id", a).status()).isEqualTo(404);
    }

    @Test
    void theCohortListShowsWhereEachClientIs() {
        Login a = newCoach();
        JsonNode cohort = newCohort(a, "Progress");
        onboardedClient(cohort);

        JsonNode clients = get("/api/v1/cohorts/" + cohort.get("id").asString() + "/participants", a).json();

        assertThat(clients.size()).isEqualTo(1);
        JsonNode client = clients.get(0);
        assertThat(client.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(client.get("dialog").asString()).as("the dialog of the waiting question").isNotBlank()
                .isNotEqualTo("onboarding");
        assertThat(client.get("step").asString()).isNotBlank();
        assertThat(client.get("finished").size()).as("onboarding calls the self-check, so nothing is finished yet")
                .isZero();
        assertThat(client.get("consented").asBoolean()).isTrue();
        assertThat(client.get("stuck").asBoolean()).isFalse();
        assertThat(client.has("address")).as("no phone numbers in lists").isFalse();
    }

    @Test
    void aCoachRecordsObservationsForCompetencesOfTheFramework() {
        Login a = newCoach();
        String id = participantId(onboardedClient(newCohort(a, "Observed")));
        String path = "/api/v1/participants/" + id + "/observations";

        Response created = call("POST", path, a,
                "{\"competence\": \"entrecomp.3.1\", \"level\": 3, \"note\": \"Took the initiative in the group task\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(call("POST", path, a, "{\"competence\": \"cooking\", \"level\": 3}").json().get("detail").asString())
                .startsWith("competence:");
        assertThat(call("POST", path, a, "{\"competence\": \"entrecomp.3.1\", \"level\": 6}").json().get("detail")
                .asString()).startsWith("level:");
        assertThat(call("POST", path, newCoach(), "{\"competence\": \"entrecomp.3.1\", \"level\": 2}").status())
                .isEqualTo(404);
        JsonNode observations = get(path, a).json();
        assertThat(observations.size()).isEqualTo(1);
        assertThat(observations.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(observations.get(0).get("coach").asString()).isEqualTo(a.username());
    }

    @Test
    void everyReadOfAClientIsAuditedAndOnlyAdminsReadTheAuditLog() {
        Login a = newCoach();
        Login b = newCoach();
        String id = participantId(onboardedClient(newCohort(a, "Audited")));
        get("/api/v1/participants/" + id, a);
        get("/api/v1/participants/" + id + "/answers", a);
        get("/api/v1/participants/" + id, b);

        assertThat(get("/api/v1/audit", a).status()).isEqualTo(403);
        JsonNode entries = get("/api/v1/audit?participantId=" + id, admin()).json();
        List<String> lines = new ArrayList<>();
        entries.forEach(e -> lines.add(e.get("coach").asString() + " " + e.get("action").asString() + " "
                + e.get("allowed").asBoolean()));
        assertThat(lines).contains(a.username() + " participant.read true", a.username() + " answers.read true",
                b.username() + " participant.read false");
        assertThat(entries.get(0).get("at").asString()).isNotBlank();
    }

    @Test
    void aCohortsResultsExportWithoutAddressesUnlessAskedAndSafeForSpreadsheets() {
        Login a = newCoach();
        JsonNode cohort = newCohort(a, "Exported");
        String conversation = onboardedClient(cohort);
        String id = participantId(conversation);
        answers.insert(new RecordedAnswer("export-1-" + id, id, "ideas", "spot_rate", "ideas.spot.rate", "en", "4",
                "4", "entrecomp.1.1", clock.instant()));
        answers.insert(new RecordedAnswer("export-2-" + id, id, "ideas", "spot_story", "ideas.spot.story", "en",
                "=SUM(A1) I planned a party, \"big\" one", "=SUM(A1) I planned a party, \"big\" one",
                "entrecomp.1.1", clock.instant()));
        call("POST", "/api/v1/participants/" + id + "/observations", a,
                "{\"competence\": \"entrecomp.3.1\", \"level\": 3, \"note\": \"@led the group\"}");
        String other = participantId(onboardedClient(cohort));
        answers.insert(new RecordedAnswer("export-3-" + other, other, "ideas", "spot_rate", "ideas.spot.rate", "en",
                "2", "2", "entrecomp.1.1", clock.instant()));
        call("POST", "/api/v1/participants/" + other + "/observations", a,
                "{\"competence\": \"entrecomp.2.2\", \"level\": 1, \"note\": null}");
        String path = "/api/v1/cohorts/" + cohort.get("id").asString() + "/export";

        JsonNode json = get(path, a).json();
        JsonNode personal = get(path + "?personal=true", a).json();
        Response csv = get(path + "?format=csv", a);

        JsonNode client = exported(json, id);
        assertThat(exported(json, other).get("results").toString()).as("each client's own results only")
                .contains("\"value\":\"2\"", "entrecomp.2.2").doesNotContain("entrecomp.3.1", "\"value\":\"4\"");
        assertThat(client.has("address")).isFalse();
        assertThat(client.has("name")).isFalse();
        assertThat(client.get("results").size()).as("answers about competences and observations; not the name")
                .isEqualTo(3);
        assertThat(exported(personal, id).get("address").asString()).isEqualTo("simulator:" + conversation);
        assertThat(exported(personal, id).get("name").asString()).isEqualTo("Sam");
        assertThat(csv.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith(CohortExport.CSV_HEADER + "\r\n")
                .contains(id + ",,,en,answer,ideas,spot_rate,entrecomp.1.1,4,,")
                .contains("\"'=SUM(A1) I planned a party, \"\"big\"\" one\"")
                .contains(",observation,,,entrecomp.3.1,3,'@led the group,")
                .doesNotContain("simulator:").doesNotContain("Sam");
        assertThat(get(path, newCoach()).status()).isEqualTo(404);
        assertThat(get(path + "?format=xml", a).status()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedForEveryone() {
        Response docs = get("/v3/api-docs", Login.NOBODY);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/cohorts/{id}/prompts")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/participants")).isTrue();
    }

    private static JsonNode exported(JsonNode export, String participantId) {
        for (JsonNode client : export.get("participants")) {
            if (client.get("id").asString().equals(participantId)) {
                return client;
            }
        }
        throw new AssertionError("No client " + participantId + " in " + export);
    }

    private String findCoachId(String username) {
        for (JsonNode coach : get("/api/v1/coaches", admin()).json()) {
            if (coach.get("username").asString().equals(username)) {
                return coach.get("id").asString();
            }
        }
        throw new AssertionError("no coach " + username);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }
}
