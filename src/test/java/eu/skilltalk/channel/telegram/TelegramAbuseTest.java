package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.skilltalk.fuzz.Fuzz;
import eu.skilltalk.fuzz.Gen;
import eu.skilltalk.fuzz.NastyText;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.system.LogScan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a careless or hostile sender can do through the Telegram webhook: a whole conversation with a name, a
 * story and contact details typed in and a chat id that contains the test phone number, while SkillTalk logs
 * at DEBUG, leaves none of it in the log; random and broken update JSON gets a 2xx or a precise 4xx, never a
 * 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "skilltalk.telegram.mode=webhook", "skilltalk.telegram.webhook-secret=" + TelegramAbuseTest.SECRET,
        "logging.level.eu.skilltalk=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class TelegramAbuseTest {

    static final String SECRET = "logscan-Webhook-secret";
    static final FakeBotApi telegram = FakeBotApi.start();
    private static final long CHAT = 4709988770L;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    LocaleCatalog catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nothingAClientTypesOrTheirChatIdReachesTheLog(CapturedOutput output) throws Exception {
        LogScan.canary();
        List<String> texts = new ArrayList<>(List.of("/start", "English", "1", LogScan.TYPED.get(0), "3"));
        texts.addAll(LogScan.TYPED);
        texts.addAll(List.of("repeat", "2", "x".repeat(5000)));
        texts.addAll(LogScan.TYPED);
        texts.add("help"); // one chat's updates run in order: its answer comes last
        int update = 900;
        for (String text : texts) {
            assertThat(post(Updates.text(update++, CHAT, text, "en").toString()).statusCode()).isEqualTo(200);
        }
        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.sent("sendmessage", String.valueOf(CHAT)).stream()
                .anyMatch(m -> m.text().equals(catalog.render("en", "engine.help"))));

        LogScan.assertNothingTypedWasLogged(output, FakeBotApi.TOKEN, SECRET);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                .header("Content-Type", "application/json").header(TelegramWebhook.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final List<String> PATHS = List.of("update_id", "message", "message/text", "message/chat",
            "message/chat/id", "message/chat/type", "message/from", "message/from/language_code", "message/date",
            "message/message_id", "message/entities", "callback_query", "edited_message");

    /** JSON values of every kind, from plausible to absurd. */
    private static Gen<JsonNode> values() {
        var json = FakeBotApi.JSON;
        var nodes = json.getNodeFactory();
        return Gen.oneOf(NastyText.any(30).map(nodes::textNode), NastyText.longs().map(nodes::numberNode),
                Gen.of(json.nullNode(), json.createArrayNode(), json.createObjectNode(), nodes.booleanNode(true),
                        nodes.numberNode(1e300), nodes.numberNode(new java.math.BigInteger("9".repeat(40))),
                        json.createObjectNode().put("id", "x").put("type", "private")));
    }

    /** A valid text update with some fields replaced, or no JSON at all. */
    private static Gen<String> updates() {
        Gen<Integer> ids = Gen.between(1, 1_000_000);
        Gen<List<String>> paths = Gen.of(PATHS).list(0, 4);
        Gen<List<JsonNode>> values = values().list(4, 4);
        Gen<String> mutated = random -> replaced(ids.next(random), paths.next(random), values.next(random));
        return Gen.frequency(Gen.weight(8, mutated), Gen.weight(1, NastyText.any(60)),
                Gen.weight(1, Gen.of("", "null", "[]", "{}", "{\"update_id\": null}", "\"x\"")));
    }

    private static String replaced(int id, List<String> paths, List<JsonNode> values) {
        ObjectNode update = Updates.text(id, CHAT + 1, "hi", "en");
        for (int i = 0; i < paths.size(); i++) {
            String[] path = paths.get(i).split("/");
            JsonNode parent = update;
            for (int p = 0; p < path.length - 1 && parent != null; p++) {
                parent = parent.get(path[p]);
            }
            if (parent instanceof ObjectNode object) {
                object.set(path[path.length - 1], values.get(i).deepCopy()); // samples share nodes: no cycles
            }
        }
        return update.toString();
    }

    @Test
    void randomUpdatesGetA2xxOrAPrecise4xxNeverA5xx() {
        Fuzz.forAll(300, updates(), body -> {
            HttpResponse<String> answer = post(body);
            assertThat(answer.statusCode()).isIn(200, 400);
            if (answer.statusCode() == 400) {
                assertThat(answer.body()).contains("\"detail\"");
            }
        });
    }
}
