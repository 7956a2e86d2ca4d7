package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.participant.ClientData;
import eu.skilltalk.privacy.Erasures;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import tools.jackson.databind.JsonNode;

/**
 * A client's rights end to end over HTTP: "my data" behind a one-time code, "delete me" in every shipped
 * language, erasure that leaves no document anywhere naming the client, and the coach API's export and
 * erasure under the usual access rules. Shares the coach tests' running SkillTalk.
 */
class PrivacyTest extends CoachTestBase {

    private static final Pattern LINK = Pattern.compile("https?://[^/]+(/my-data/[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Erasures erasures;
    @Autowired
    ClientData clientData;

    @Test
    void deleteMeErasesEverythingAndNoDocumentNamesTheClientAfterwards() {
        Login coach = newCoach();
        String name = "Zoe" + UUID.randomUUID().toString().substring(0, 6);
        String conversation = clientWhoLeftTraces(coach, name);
        String client = participantId(conversation);
        String badge = call("POST", "/api/v1/participants/" + client + "/badges", coach,
                "{\"badgeClass\": \"working-with-others\"}").json().get("id").asString();
        assertThat(collectionsMentioning(client, conversation, name)).as("the test has something to erase")
                .contains("participants", "sessions", "answers", "deliveries", "simulator_messages", "enrolments",
                        "observations", "inbox_threads", "inbox_messages", "audit", "badge_assertions",
                        "badge_held", "badge_recipients", "my_data_links");

        List<String> asked = say(conversation, "delete me");
        List<String> done = say(conversation, "1");
        await("the erasure sweep erased the client", () -> {
            erasures.sweep();
            return get("/api/v1/participants?address=simulator:" + conversation, admin()).json().isEmpty();
        });

        assertThat(asked).containsExactly(text("privacy.delete.ask"));
        assertThat(done).containsExactly(text("privacy.delete.done"));
        assertThat(collectionsMentioning(client, conversation, name)).isEmpty();
        assertThat(get("/badges/assertions/" + badge, Login.NOBODY).status()).isEqualTo(410);
        assertThat(mongo.getCollection("audit").countDocuments(new Document("participantId",
                AuditData.pseudonym(client)))).as("reads stay accountable, without naming the client").isPositive();
        assertThat(say(conversation, "hello")).as("writing again starts afresh").isNotEmpty()
                .first().isEqualTo(text("onboarding.language.ask"));
    }

    @Test
    void everyCollectionThatNamesAParticipantHasPersonalData() {
        Set<String> covered = new HashSet<>(clientData.names());
        clientData.export("nobody").values().forEach(part -> {
            if (part instanceof Map<?, ?> parts) {
                parts.keySet().forEach(key -> covered.add(String.valueOf(key)));
            }
        });
        Set<String> namingClients = new HashSet<>();
        for (MongoPersistentEntity<?> entity : mongo.getConverter().getMappingContext().getPersistentEntities()) {
            if (entity.getPersistentProperty("participantId") instanceof PersistentProperty<?>) {
                namingClients.add(entity.getCollection());
            }
        }
        assertThat(namingClients).as("the mapping context knows the stored types").contains("answers", "outbox");
        assertThat(namingClients).as("collections with a participantId but no PersonalData bean")
                .isSubsetOf(covered);
    }

    @Test
    void myDataShowsEverythingBehindAOneTimeCode() throws Exception {
        String name = "Yara" + UUID.randomUUID().toString().substring(0, 6);
        String conversation = clientWhoLeftTraces(newCoach(), name);
        List<String> replies = say(conversation, "my data");
        String page = find(LINK, replies.get(0));
        String code = find(CODE, replies.get(1));
        String wrong = code.equals("000000") ? "111111" : "000000";

        HttpResponse<String> askCode = page("GET", page, null);
        HttpResponse<String> wrongCode = page("POST", page, "code=" + wrong);
        HttpResponse<String> opened = page("POST", page, "code=" + code);
        HttpResponse<String> again = page("POST", page, "code=" + code);
        String key = find(Pattern.compile("name=\"key\" value=\"([^\"]+)\""), opened.body());
        HttpResponse<String> json = page("POST", page + "/download", "key=" + URLEncoder.encode(key,
                StandardCharsets.UTF_8));

        assertThat(askCode.statusCode()).isEqualTo(200);
        assertThat(askCode.body()).contains(text("privacy.page.ask_code")).doesNotContain(name);
        assertThat(wrongCode.statusCode()).isEqualTo(400);
        assertThat(wrongCode.body()).contains("You can try 4 more times.").doesNotContain(name);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains(name, text("privacy.page.download"));
        assertThat(again.statusCode()).as("the code works once").isEqualTo(404);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        JsonNode export = JSON.readTree(json.body());
        assertThat(export.get("answers").toString()).contains(name);
        assertThat(export.get("participants").get(0).get("_id").asString()).isEqualTo(participantId(conversation));
        for (HttpResponse<String> response : List.of(askCode, wrongCode, opened, again, json)) {
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(page("GET", "/my-data/not-a-token", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aLinkStopsAfterTooManyWrongCodes() throws Exception {
        String conversation = "c-" + UUID.randomUUID();
        List<String> replies = say(conversation, "my data");
        String page = find(LINK, replies.get(0));
        String code = find(CODE, replies.get(1));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            page("POST", page, "code=" + wrong);
        }
        assertThat(page("POST", page, "code=" + code).statusCode()).isEqualTo(404);
    }

    @Test
    void theCommandsWorkInEveryShippedLanguage() {
        for (String language : catalog.languages()) {
            String conversation = language + "-" + UUID.randomUUID();
            String deleteMe = catalog.words(language, "privacy.words.delete_me").get(0);
            String myData = catalog.words(language, "privacy.words.my_data").get(0);

            assertThat(sayIn(conversation, language, deleteMe)).as(language)
                    .containsExactly(catalog.render(language, "privacy.delete.ask"));
            assertThat(sayIn(conversation, language, "2")).as(language)
                    .startsWith(catalog.render(language, "privacy.delete.kept"));
            assertThat(sayIn(conversation, language, myData)).as(language).hasSize(2).first().asString()
                    .startsWith(catalog.render(language, "privacy.my_data.link", Map.of("link", "")));
            sayIn(conversation, language, deleteMe);
            assertThat(sayIn(conversation, language, catalog.render(language, "privacy.delete.yes")))
                    .as("a button that sends its label, in " + language)
                    .containsExactly(catalog.render(language, "privacy.delete.done"));
        }
    }

    @Test
    void consentIsRecordedWithItsVersionAndTimeAndNothingIsAnsweredBeforeIt() {
        String conversation = "c-" + UUID.randomUUID();
        say(conversation, "hi");
        say(conversation, "1");
        say(conversation, "My name is Quentin and I live in Namur");
        JsonNode before = get("/api/v1/participants/" + participantId(conversation) + "/export", admin()).json();
        say(conversation, "yes");
        say(conversation, "Quentin");
        JsonNode after = get("/api/v1/participants/" + participantId(conversation) + "/export", admin()).json();

        assertThat(before.get("participants").get(0).has("consentVersion")).isFalse();
        assertThat(before.get("answers").isEmpty()).isTrue();
        assertThat(kindsContaining(before, "Namur")).as("only the simulator's chat window shows what was typed")
                .containsExactly("simulator_messages");
        JsonNode record = after.get("participants").get(0);
        assertThat(record.get("consentVersion").asString()).isEqualTo("2026-11");
        assertThat(java.time.Instant.parse(record.get("consentAt").asString())).isEqualTo(clock.instant());
        assertThat(after.get("answers")).extracting(answer -> answer.get("step").asString()).containsExactly("ask_name");
        assertThat(kindsContaining(after, "Namur")).containsExactly("simulator_messages");
    }

    @Test
    void coachesExportAndEraseOnlyTheirOwnClients() {
        Login coach = newCoach();
        Login other = newCoach();
        String name = "Xena" + UUID.randomUUID().toString().substring(0, 6);
        String conversation = clientWhoLeftTraces(coach, name);
        String client = participantId(conversation);

        assertThat(get("/api/v1/participants/" + client + "/export", other).status()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/participants/" + client, other, null).status()).isEqualTo(404);
        Response export = get("/api/v1/participants/" + client + "/export", coach);
        Response erased = call("DELETE", "/api/v1/participants/" + client, coach, null);

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("answers").toString()).contains(name);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("erased").get("participants").asLong()).isEqualTo(1);
        assertThat(erased.json().get("erased").get("answers").asLong()).isPositive();
        assertThat(get("/api/v1/participants/" + client, coach).status()).isEqualTo(404);
        assertThat(collectionsMentioning(client, conversation, name)).isEmpty();
        JsonNode audit = get("/api/v1/audit?participantId=" + AuditData.pseudonym(client), admin()).json();
        assertThat(audit.toString()).contains("participant.erase", "participant.export").doesNotContain(name);
    }

    private static List<String> kindsContaining(JsonNode export, String text) {
        List<String> kinds = new ArrayList<>();
        export.properties().forEach(kind -> {
            if (kind.getValue().toString().contains(text)) {
                kinds.add(kind.getKey());
            }
        });
        return kinds;
    }

    /** A client in the coach's cohort with answers, a story hint, an observation, a coach chat and a my-data link. */
    private String clientWhoLeftTraces(Login coach, String name) {
        JsonNode cohort = newCohort(coach, "Privacy");
        String conversation = "c-" + UUID.randomUUID();
        say(conversation, cohort.get("joinCode").asString());
        say(conversation, "1");
        say(conversation, "yes");
        say(conversation, name);
        say(conversation, "3");
        String client = participantId(conversation);
        assertThat(call("POST", "/api/v1/participants/" + client + "/observations", coach,
                "{\"competence\": \"entrecomp.3.1\", \"level\": 3, \"note\": \"Led the group\"}").status())
                .isEqualTo(201);
        say(conversation, "coach");
        say(conversation, "Can you call me? " + name);
        say(conversation, "my data");
        return conversation;
    }

    private List<String> sayIn(String conversation, String language, String text) {
        Response response = call("POST", "/api/simulator/conversations/" + conversation + "/messages", Login.NOBODY,
                JSON.writeValueAsString(Map.of("text", text, "languageCode", language)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        response.json().get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }

    /** Every collection with a document that contains one of these strings anywhere. */
    private Set<String> collectionsMentioning(String... needles) {
        Set<String> found = new HashSet<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                String json = document.toJson();
                for (String needle : needles) {
                    if (json.contains(needle)) {
                        found.add(collection);
                    }
                }
            }
        }
        return found;
    }

    private HttpResponse<String> page(String method, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (form == null) {
            request.GET();
        } else {
            request.POST(HttpRequest.BodyPublishers.ofString(form))
                    .header("Content-Type", "application/x-www-form-urlencoded");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
