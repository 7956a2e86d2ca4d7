package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.badge.BakedChunks;
import eu.skilltalk.badge.Badges;
import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Open Badges end to end over HTTP: a coach awards a badge and the client gets the link in their language;
 * the hosted JSON-LD documents, the pages for people and the baked image; revocation; who may do what; bad
 * input; "ready for a badge"; and erasure. Shares the coach tests' running SkillTalk.
 */
class BadgesTest extends CoachTestBase {

    /** {@code skilltalk.public-base-url} in tests: every public id starts here. */
    private static final String PUBLIC = "http://localhost:8080";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    Answers answers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Badges badges;

    private Login coach;
    private String conversation;
    private String client;

    @BeforeEach
    void aCoachWithAClient() {
        coach = newCoach();
        conversation = onboardedClient(newCohort(coach, "Badges"));
        client = participantId(conversation);
    }

    @Test
    void anAwardedBadgeReachesTheClientWithItsLink() {
        Response awarded = award(coach, client, "working-with-others");

        assertThat(awarded.status()).as(awarded.body()).isEqualTo(201);
        String id = awarded.json().get("id").asString();
        String assertionUrl = PUBLIC + "/badges/assertions/" + id;
        assertThat(awarded.json().get("assertionUrl").asString()).isEqualTo(assertionUrl);
        assertThat(awarded.json().get("imageUrl").asString()).isEqualTo(assertionUrl + ".png");
        assertThat(awarded.raw().headers().firstValue("Location")).hasValue(assertionUrl);
        String message = "You earned the badge \"Working with others\"! See it here: " + assertionUrl;
        await("the client got the link", () -> received(conversation).contains(message));
        assertThat(transcriptImage(message)).as("the baked image goes along where the channel shows images")
                .isEqualTo(assertionUrl + ".png");
    }

    @Test
    void aClientWhoSaidStopGetsTheBadgeButNoMessage() {
        say(conversation, "stop");

        Response awarded = award(coach, client, "planning");

        assertThat(awarded.status()).isEqualTo(201);
        assertThat(received(conversation)).noneMatch(text -> text.startsWith("You earned the badge"));
        assertThat(get("/api/v1/participants/" + client + "/badges", coach).json().get("badges").get(0)
                .get("messaged").asBoolean()).isFalse();
    }

    @Test
    void aDutchClientGetsTheMessageAndTheBadgeInDutch() {
        String dutch = "nl-" + UUID.randomUUID();
        say(dutch, newCohort(coach, "Groep").get("joinCode").asString());
        say(dutch, "4");
        say(dutch, "ja");
        say(dutch, "Fatima");

        String id = award(coach, participantId(dutch), "working-with-others").json().get("id").asString();

        String link = PUBLIC + "/badges/assertions/" + id;
        await("the Dutch message arrived", () -> received(dutch)
                .contains("Je hebt de badge \"Samenwerken\" verdiend! Bekijk hem hier: " + link));
        JsonNode assertion = ld(link).json();
        assertThat(assertion.get("badge").asString()).isEqualTo(PUBLIC + "/badges/classes/working-with-others?lang=nl");
        JsonNode badgeClass = ld(assertion.get("badge").asString()).json();
        assertThat(badgeClass.get("id").asString()).isEqualTo(assertion.get("badge").asString());
        assertThat(badgeClass.get("@language").asString()).isEqualTo("nl");
        assertThat(badgeClass.get("name").asString()).isEqualTo("Samenwerken");
    }

    @Test
    void theHostedDocumentsAreOpenBadgesTwoJsonLdWithAbsoluteIds() {
        String id = award(coach, client, "working-with-others").json().get("id").asString();

        Response hosted = ld(PUBLIC + "/badges/assertions/" + id);
        assertThat(hosted.status()).isEqualTo(200);
        assertThat(hosted.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode assertion = hosted.json();
        assertThat(assertion.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("id").asString()).isEqualTo(PUBLIC + "/badges/assertions/" + id);
        assertThat(assertion.get("verification").get("type").asString()).isEqualTo("hosted");
        assertThat(assertion.get("issuedOn").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(assertion.get("image").asString()).isEqualTo(PUBLIC + "/badges/assertions/" + id + ".png");
        JsonNode recipient = assertion.get("recipient");
        assertThat(recipient.get("type").asString()).as("a simulator client has no phone number").isEqualTo("url");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        String token = mongo.getCollection("badge_recipients").find(new Document("_id", client)).first()
                .getString("token");
        assertThat(recipient.get("identity").asString())
                .isEqualTo(sha256(PUBLIC + "/badges/recipients/" + token + recipient.get("salt").asString()));

        JsonNode badgeClass = ld(assertion.get("badge").asString()).json();
        assertThat(badgeClass.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(badgeClass.get("type").asString()).isEqualTo("BadgeClass");
        assertThat(badgeClass.get("id").asString()).isEqualTo(PUBLIC + "/badges/classes/working-with-others");
        assertThat(badgeClass.get("name").asString()).isEqualTo("Working with others");
        assertThat(badgeClass.get("description").asString()).isNotBlank();
        assertThat(badgeClass.get("image").asString()).isEqualTo(PUBLIC + "/badges/classes/working-with-others.png");
        assertThat(badgeClass.get("criteria").get("narrative").asString())
                .contains("can explain it to someone else").contains("rated themselves 4 or more");
        JsonNode entreComp = badgeClass.get("alignment").get(0);
        assertThat(entreComp.get("targetName").asString()).isEqualTo("Working with others");
        assertThat(entreComp.get("targetFramework").asString()).isEqualTo("EntreComp");
        assertThat(entreComp.get("targetCode").asString()).isEqualTo("3.4");
        assertThat(entreComp.get("targetUrl").asString()).startsWith("https://");
        assertThat(badgeClass.get("related").findValuesAsString("@language")).containsExactlyInAnyOrder("de", "fr", "nl");
        assertThat(image(badgeClass.get("image").asString()).statusCode()).isEqualTo(200);

        JsonNode issuer = ld(badgeClass.get("issuer").asString()).json();
        assertThat(issuer.get("type").asString()).isEqualTo("Issuer");
        assertThat(issuer.get("id").asString()).isEqualTo(PUBLIC + "/badges/issuer");
        assertThat(issuer.get("name").asString()).isEqualTo("SkillTalk");
        assertThat(issuer.get("url").asString()).isEqualTo(PUBLIC);
        assertThat(issuer.get("email").asString()).isEqualTo("badges@localhost");
        assertThat(issuer.get("image").asString()).isEqualTo(PUBLIC + "/badges/issuer.png");
        assertThat(issuer.get("revocationList").asString()).isEqualTo(PUBLIC + "/badges/revocations");
        assertThat(image(issuer.get("image").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void plainJsonAndMachinesWithoutPreferenceGetJsonToo() {
        String url = PUBLIC + "/badges/assertions/" + award(coach, client, "planning").json().get("id").asString();

        HttpResponse<String> plain = fetch(url, "application/json");
        HttpResponse<String> any = fetch(url, null);

        assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(JSON.readTree(plain.body()).get("type").asString()).isEqualTo("Assertion");
        assertThat(any.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(JSON.readTree(any.body()).get("type").asString()).isEqualTo("Assertion");
    }

    @Test
    void anEmailGivenByTheCoachIsTheHashedIdentity() {
        Response awarded = call("POST", "/api/v1/participants/" + client + "/badges", coach,
                "{\"badgeClass\": \"planning\", \"email\": \"Sam@Example.org\"}");

        JsonNode recipient = ld(awarded.json().get("assertionUrl").asString()).json().get("recipient");
        assertThat(recipient.get("type").asString()).isEqualTo("email");
        assertThat(recipient.get("identity").asString()).isEqualTo(sha256("sam@example.org"
                + recipient.get("salt").asString())).doesNotContain("sam");
        JsonNode next = ld(award(coach, client, "keeping-going").json().get("assertionUrl").asString()).json()
                .get("recipient");
        assertThat(next.get("type").asString()).as("kept for later badges").isEqualTo("email");
        assertThat(next.get("salt").asString()).as("a salt per assertion").isNotEqualTo(recipient.get("salt").asString());
    }

    @Test
    void aBrowserGetsAPageAnEmployerCanRead() {
        String url = PUBLIC + "/badges/assertions/" + award(coach, client, "working-with-others").json().get("id")
                .asString();

        HttpResponse<String> page = fetch(url, BROWSER);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"en\"").contains("name=\"viewport\"")
                .contains("Valid badge").contains("<h1>Working with others</h1>").contains("by SkillTalk.")
                .contains(text("badge.working-with-others.description")).contains("EntreComp 3.4")
                .contains("href=\"" + url + ".png\"");
        HttpResponse<String> dutch = fetch(url + "?lang=nl", BROWSER);
        assertThat(dutch.body()).contains("<html lang=\"nl\"").contains("Geldige badge").contains("<h1>Samenwerken</h1>");
        HttpResponse<String> french = fetchWithLanguage(url, "fr-BE,fr;q=0.9");
        assertThat(french.body()).as("the browser's language").contains("Badge valide");
        assertThat(fetch(PUBLIC + "/badges/classes/planning", BROWSER).body()).contains("<h1>Planning</h1>");
        assertThat(fetch(PUBLIC + "/badges/issuer", BROWSER).body()).contains("Seeing chances")
                .contains("/badges/classes/seeing-chances");
        HttpResponse<String> unknown = fetch(PUBLIC + "/badges/assertions/nosuchbadge", BROWSER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("We do not know this badge.");
        assertThat(fetch(PUBLIC + "/badges/assertions/nosuchbadge", "application/ld+json").statusCode()).isEqualTo(404);
    }

    @Test
    void theImageHasTheAssertionBakedIn() throws IOException {
        String url = PUBLIC + "/badges/assertions/" + award(coach, client, "working-with-others").json().get("id")
                .asString();

        HttpResponse<byte[]> png = image(url + ".png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        List<String> baked = BakedChunks.of(png.body()).stream().map(c -> c.getAttribute("text")).toList();
        assertThat(baked).as("exactly one openbadges iTXt chunk").hasSize(1);
        assertThat(JSON.readTree(baked.get(0))).isEqualTo(ld(url).json());
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(512);
    }

    @Test
    void aRevokedBadgeSaysSoEverywhere() {
        String id = award(coach, client, "working-with-others").json().get("id").asString();
        String url = PUBLIC + "/badges/assertions/" + id;

        Response revoked = call("POST", "/api/v1/badges/" + id + "/revoke", coach,
                "{\"reason\": \"Awarded to the wrong client\"}");

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asBoolean()).isTrue();
        Response hosted = ld(url);
        assertThat(hosted.status()).isEqualTo(410);
        assertThat(hosted.json().get("revoked").asBoolean()).isTrue();
        assertThat(hosted.json().get("revocationReason").asString()).isEqualTo("Awarded to the wrong client");
        assertThat(hosted.json().has("recipient")).isFalse();
        HttpResponse<String> page = fetch(url, BROWSER);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("This badge was withdrawn on").contains("Reason: Awarded to the wrong client")
                .doesNotContain("Valid badge");
        assertThat(image(url + ".png").statusCode()).isEqualTo(410);
        JsonNode list = ld(PUBLIC + "/badges/revocations").json();
        assertThat(list.get("type").asString()).isEqualTo("RevocationList");
        assertThat(list.get("issuer").asString()).isEqualTo(PUBLIC + "/badges/issuer");
        assertThat(list.get("revokedAssertions").findValuesAsString("id")).contains(url);
        assertThat(call("POST", "/api/v1/badges/" + id + "/revoke", coach, "{\"reason\": \"Again\"}").status())
                .isEqualTo(409);
        assertThat(award(coach, client, "working-with-others").status()).as("awarded again after revoking")
                .isEqualTo(201);
    }

    @Test
    void aClientHoldsABadgeOnce() {
        String first = award(coach, client, "planning").json().get("assertionUrl").asString();

        Response again = award(coach, client, "planning");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).startsWith("badgeClass: the client already holds 'planning'");
        assertThat(again.json().get("assertionUrl").asString()).isEqualTo(first);
        JsonNode held = get("/api/v1/participants/" + client + "/badges", coach).json();
        assertThat(held.get("badges").size()).isEqualTo(1);
        assertThat(held.get("badges").get(0).get("badgeClass").asString()).isEqualTo("planning");
        assertThat(held.get("badges").get(0).get("awardedBy").asString()).isEqualTo(coach.username());
    }

    @Test
    void onlyTheClientsCoachOrAnAdminAwardsAndRevokes() {
        Login other = newCoach();
        newCohort(other, "Other");

        assertThat(award(other, client, "planning").status()).isEqualTo(404);
        assertThat(award(Login.NOBODY, client, "planning").status()).isEqualTo(401);
        assertThat(get("/api/v1/participants/" + client + "/badges", other).status()).isEqualTo(404);
        assertThat(award(coach, "no-such-client", "planning").status()).isEqualTo(404);
        String id = award(admin(), client, "planning").json().get("id").asString();
        assertThat(call("POST", "/api/v1/badges/" + id + "/revoke", other, "{\"reason\": \"No\"}").status())
                .isEqualTo(404);
        assertThat(call("POST", "/api/v1/badges/" + id + "/revoke", Login.NOBODY, "{\"reason\": \"No\"}").status())
                .isEqualTo(401);
        assertThat(ld(PUBLIC + "/badges/assertions/" + id).status()).as("still valid").isEqualTo(200);
        assertThat(get("/api/v1/audit?participantId=" + client, admin()).json().findValuesAsString("action"))
                .contains("badges.award");
    }

    @Test
    void badInputGetsTheFieldThatIsWrong() {
        assertThat(detail(call("POST", "/api/v1/participants/" + client + "/badges", coach, "{}")))
                .startsWith("badgeClass:");
        assertThat(detail(award(coach, client, "astronaut")))
                .startsWith("badgeClass: no badge class 'astronaut'; known: [seeing-chances,");
        assertThat(detail(call("POST", "/api/v1/participants/" + client + "/badges", coach,
                "{\"badgeClass\": \"planning\", \"email\": \"not an email\"}"))).startsWith("email:");
        String id = award(coach, client, "planning").json().get("id").asString();
        assertThat(detail(call("POST", "/api/v1/badges/" + id + "/revoke", coach, "{\"reason\": \" \"}")))
                .startsWith("reason:");
        assertThat(detail(call("POST", "/api/v1/badges/" + id + "/revoke", coach,
                "{\"reason\": \"" + "x".repeat(301) + "\"}"))).startsWith("reason:");
        assertThat(call("POST", "/api/v1/badges/nosuchbadge/revoke", coach, "{\"reason\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(ld(PUBLIC + "/badges/assertions/" + id).status()).as("nothing lost").isEqualTo(200);
    }

    @Test
    void aClientIsReadyForABadgeFromRatingAndStoryOrFromObservations() {
        rate("action", "planning_rate", "entrecomp.3.2", "4");
        tell("action", "planning_story", "entrecomp.3.2", "I planned my sister's wedding.");
        rate("action", "learning_rate", "entrecomp.3.5", "5");
        observe("entrecomp.3.4", 4);
        observe("skills21.collaboration", 5);
        observe("entrecomp.1.1", 3);

        JsonNode ready = get("/api/v1/participants/" + client + "/badges", coach).json().get("ready");

        assertThat(ready.valueStream().map(JsonNode::asString).toList())
                .as("planning: rating and story; working with others: both skills observed at 4+; not learning "
                        + "(no story) nor seeing chances (observed at 3)")
                .containsExactly("planning", "working-with-others");
        award(coach, client, "planning");
        assertThat(get("/api/v1/participants/" + client + "/badges", coach).json().get("ready").size())
                .as("a held badge is no longer suggested").isEqualTo(1);
    }

    @Test
    void theBadgeClassesAreListedInTheAskedLanguage() {
        JsonNode classes = get("/api/v1/badge-classes?lang=fr", coach).json();

        assertThat(classes.size()).isEqualTo(10);
        JsonNode first = classes.get(0);
        assertThat(first.get("id").asString()).isEqualTo("seeing-chances");
        assertThat(first.get("name").asString()).isEqualTo("Voir les occasions");
        assertThat(first.get("competences").get(0).asString()).isEqualTo("entrecomp.1.1");
        assertThat(first.get("url").asString()).isEqualTo(PUBLIC + "/badges/classes/seeing-chances?lang=fr");
    }

    @Test
    void erasureRevokesEveryBadgeAndKeepsNoPersonalData() {
        String first = award(coach, client, "planning").json().get("id").asString();
        call("POST", "/api/v1/participants/" + client + "/badges", coach,
                "{\"badgeClass\": \"keeping-going\", \"email\": \"sam@example.org\"}");

        assertThat(badges.revokeAllFor(client)).isEqualTo(2);

        Response hosted = ld(PUBLIC + "/badges/assertions/" + first);
        assertThat(hosted.status()).isEqualTo(410);
        List<String> fields = new ArrayList<>();
        hosted.json().propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("@context", "type", "id", "revoked", "revocationReason");
        assertThat(hosted.json().get("revocationReason").asString()).isEqualTo(text("badges.page.erased"));
        assertThat(mongo.getCollection("badge_assertions").countDocuments(new Document("participantId", client)))
                .isZero();
        Document stored = mongo.getCollection("badge_assertions").find(new Document("_id", first)).first();
        assertThat(stored).doesNotContainKeys("participantId", "recipientHash", "salt", "awardedBy");
        assertThat(mongo.getCollection("badge_recipients").countDocuments(new Document("_id", client))).isZero();
        assertThat(ld(PUBLIC + "/badges/revocations").json().get("revokedAssertions").findValuesAsString("id"))
                .contains(PUBLIC + "/badges/assertions/" + first);
        assertThat(award(coach, client, "planning").status()).as("nothing left that blocks a new badge").isEqualTo(201);
    }

    private Response award(Login who, String participant, String badgeClass) {
        return call("POST", "/api/v1/participants/" + participant + "/badges", who,
                "{\"badgeClass\": \"" + badgeClass + "\"}");
    }

    private void rate(String dialog, String step, String competence, String value) {
        answers.insert(new RecordedAnswer(UUID.randomUUID().toString(), client, dialog, step, null, "en", value, value,
                competence, clock.instant()));
    }

    private void tell(String dialog, String step, String competence, String story) {
        rate(dialog, step, competence, story);
    }

    private void observe(String competence, int level) {
        Response observed = call("POST", "/api/v1/participants/" + client + "/observations", coach,
                "{\"competence\": \"" + competence + "\", \"level\": " + level + "}");
        assertThat(observed.status()).isEqualTo(201);
    }

    /** The image URL of the transcript line with this text. */
    private String transcriptImage(String text) {
        JsonNode transcript = get("/api/simulator/conversations/" + conversation + "/messages", Login.NOBODY).json();
        return transcript.valueStream().filter(line -> text.equals(line.get("text").asString()))
                .map(line -> line.get("imageUrl").asString()).findFirst().orElseThrow();
    }

    private static String detail(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("detail").asString();
    }

    /** A public id fetched as a verifier does. */
    private Response ld(String publicUrl) {
        HttpResponse<String> response = fetch(publicUrl, "application/ld+json");
        return new Response(response.statusCode(), response.body(), response);
    }

    private HttpResponse<String> fetch(String publicUrl, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(publicUrl)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> fetchWithLanguage(String publicUrl, String languages) {
        return send(HttpRequest.newBuilder(local(publicUrl)).header("Accept", BROWSER)
                .header("Accept-Language", languages).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> image(String publicUrl) {
        return send(HttpRequest.newBuilder(local(publicUrl)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI local(String publicUrl) {
        assertThat(publicUrl).startsWith(PUBLIC + "/badges/");
        return URI.create(base() + publicUrl.substring(PUBLIC.length()));
    }

    private static String sha256(String text) {
        try {
            return "sha256$" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
