package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The Telegram channel in webhook mode against a fake Bot API: registration with the secret, what the
 * webhook accepts and refuses, duplicates, a deep link, and how sends react to Telegram's errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "skilltalk.telegram.mode=webhook", "skilltalk.telegram.webhook-secret=" + TelegramWebhookTest.SECRET,
        "skilltalk.delivery.first-retry=200ms"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookTest {

    static final String SECRET = "s3cret_Webhook-token";
    static final FakeBotApi telegram = FakeBotApi.start();

    static {
        // Telegram is down when SkillTalk starts: the registration is tried again.
        telegram.failNext("setwebhook", 502, FakeBotApi.error(502, "Bad Gateway"));
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    LocaleCatalog catalog;
    @Autowired
    Outbox outbox;
    @Autowired
    Clock clock;
    @Autowired
    MongoTemplate mongo;
    @MockitoSpyBean
    ConversationService conversations;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWebhookIsRegisteredWithItsSecretEvenWhenTelegramFailedFirstAndNoPollingHappens() {
        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.calls("setwebhook").size() == 2);
        assertThat(telegram.calls("setwebhook")).extracting(FakeBotApi.Call::status).containsExactly(502, 200);
        JsonNode webhook = telegram.calls("setwebhook").get(1).params();

        assertThat(webhook.get("url").asText()).isEqualTo("https://skilltalk.example/webhooks/telegram");
        assertThat(webhook.get("secret_token").asText()).isEqualTo(SECRET);
        assertThat(webhook.get("allowed_updates").asText()).isEqualTo("[\"message\",\"callback_query\"]");
        assertThat(telegram.calls("getupdates")).isEmpty();
        assertThat(telegram.calls("deletewebhook")).isEmpty();
        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.calls("setmycommands").size() == 5);
    }

    @Test
    void aMissingOrWrongSecretGets401AndTheUpdateIsNotTaken() throws Exception {
        String update = Updates.text(200, 5550000201L, "/start", "en").toString();

        HttpResponse<String> missing = post(update, null);
        HttpResponse<String> wrong = post(update, SECRET + "x");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("X-Telegram-Bot-Api-Secret-Token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        // Had either been taken, update 200 would now be a duplicate and get no answer.
        assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
        assertThat(telegram.awaitMessages(5550000201L, 1).get(0).text()).isEqualTo(catalog.render("en", "onboarding.language.ask"));
    }

    @Test
    void aBodyThatIsNotAnUpdateGets400() throws Exception {
        HttpResponse<String> broken = post("{\"update_id\": 1, \"message\": ", SECRET);
        HttpResponse<String> noId = post("{\"message\": {\"message_id\": 1}}", SECRET);
        HttpResponse<String> array = post("[1, 2]", SECRET);

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("not a Telegram update");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(noId.body()).contains("update_id is missing");
        assertThat(array.statusCode()).isEqualTo(400);
    }

    @Test
    void oneUpdateDeliveredThreeTimesIsAnsweredOnce() throws Exception {
        long chat = 5550000301L;
        String start = Updates.text(300, chat, "/start", "en").toString();
        for (int i = 0; i < 3; i++) {
            assertThat(post(start, SECRET).statusCode()).isEqualTo(200);
        }
        assertThat(post(Updates.text(301, chat, "English", "en").toString(), SECRET).statusCode()).isEqualTo(200);

        // The chat's updates run in order, so once the answer to "English" is out, every copy of 300 was seen.
        List<FakeBotApi.Call> messages = telegram.awaitMessages(chat, 4);
        assertThat(messages.get(3).text()).isEqualTo(catalog.render("en", "onboarding.consent.ask"));
        assertThat(messages).filteredOn(m -> m.text().equals(catalog.render("en", "onboarding.language.ask")))
                .hasSize(1);
        assertThat(telegram.sent("sendmessage", String.valueOf(chat))).hasSize(4);
    }

    @Test
    void aDeepLinkHandsTheJoinCodeToTheConversationAndGreetsInTheAppLanguage() throws Exception {
        long chat = 5550000401L;
        assertThat(post(Updates.text(400, chat, "/start JOIN42", "de").toString(), SECRET).statusCode()).isEqualTo(200);

        // Stored before the webhook answered: an instance killed right after the 200 loses nothing.
        assertThat(mongo.getCollection("inbound_receipts").countDocuments(new Document("_id", "telegram:400"))).isOne();
        assertThat(telegram.awaitMessages(chat, 1).get(0).text()).isEqualTo(catalog.render("de", "onboarding.language.ask"));
        verify(conversations).accept(argThat(m -> m.channel().equals("telegram")
                && m.address().equals(String.valueOf(chat)) && m.externalId().equals("400")
                && "JOIN42".equals(m.text()) && "de".equals(m.languageCode())));
    }

    @Test
    void tooManyRequestsWaitsRetryAfterThenSendsOnce(CapturedOutput output) {
        String chat = "5550000501";
        telegram.failNext(chat, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                + "retry after 1\",\"parameters\":{\"retry_after\":1}}");

        send("p-429", chat, "Hello again");

        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.sent("sendmessage", chat).size() == 1);
        List<FakeBotApi.Call> attempts = telegram.attempts("sendmessage", chat);
        assertThat(attempts).hasSize(2).allSatisfy(a -> assertThat(a.text()).isEqualTo("Hello again"));
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofSeconds(1));
        assertThat(output).doesNotContain(chat).doesNotContain("Hello again");
    }

    @Test
    void aServerErrorIsRetriedUntilItGoesThrough() {
        String chat = "5550000601";
        telegram.failNext(chat, 500, FakeBotApi.error(500, "Internal Server Error"));
        telegram.failNext(chat, 502, "<html><body>502 Bad Gateway</body></html>");

        send("p-500", chat, "Are you there?");

        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.sent("sendmessage", chat).size() == 1);
        assertThat(telegram.attempts("sendmessage", chat)).hasSize(3);
        assertThat(delivery("p-500").getString("outcome")).isEqualTo("SENT");
    }

    @Test
    void aLongMessageThatFailsHalfwayGoesOnFromThePartThatFailed() {
        String chat = "5550000801";
        String text = "One more thing to say. ".repeat(400).strip();
        telegram.passNext(chat);
        telegram.failNext(chat, 500, FakeBotApi.error(500, "Internal Server Error"));

        send("p-parts", chat, text);

        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.sent("sendmessage", chat).size() == 3);
        List<FakeBotApi.Call> parts = telegram.sent("sendmessage", chat);
        assertThat(String.join(" ", parts.stream().map(FakeBotApi.Call::text).toList())).isEqualTo(text);
        assertThat(telegram.attempts("sendmessage", chat)).hasSize(4);
    }

    @Test
    void aClientWhoBlockedTheBotIsNotTriedAgain(CapturedOutput output) {
        String chat = "5550000701";
        telegram.failNext(chat, 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));

        send("p-403", chat, "Still there?");

        assertThat(telegram.attempts("sendmessage", chat)).hasSize(1);
        Document delivery = delivery("p-403");
        assertThat(delivery.getString("outcome")).isEqualTo("FAILED");
        assertThat(delivery.getString("error")).isEqualTo("telegram 403: Forbidden: bot was blocked by the user");
        assertThat(mongo.count(Query.query(Criteria.where("participantId").is("p-403")), "outbox")).isZero();
        assertThat(output).doesNotContain(chat);
    }

    private void send(String participantId, String chat, String text) {
        outbox.enqueue(participantId, "telegram", chat, List.of(Reply.of(text)), clock.instant());
        outbox.sendNow(participantId);
    }

    private Document delivery(String participantId) {
        await().atMost(FakeBotApi.DEADLINE).until(() -> mongo.findOne(Query.query(Criteria.where("participantId")
                .is(participantId)), Document.class, "deliveries") != null);
        return mongo.findOne(Query.query(Criteria.where("participantId").is(participantId)), Document.class,
                "deliveries");
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
