package eu.skilltalk.channel.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The simulator over HTTP: the replies a message produced, the transcript, and precise 4xx for bad requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorApiTest {

    @LocalServerPort
    int port;

    private SimulatorClient client() {
        return new SimulatorClient(port);
    }

    @Test
    void firstMessageGetsTheLanguagePickerWithChoices() {
        JsonNode replies = client().say("api-first", "hello");

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).get("text").asString()).isEqualTo("Hi! I am SkillTalk. Which language do you want?");
        assertThat(replies.get(0).get("choices")).extracting(c -> c.get("key").asString() + "=" + c.get("label").asString())
                .containsExactly("1=English", "2=Deutsch", "3=Français", "4=Nederlands");
        assertThat(replies.get(0).get("imageUrl").isNull()).isTrue();
    }

    @Test
    void languageCodeOfTheChannelPicksTheFirstLanguage() {
        HttpResponse<String> response = client().post("api-nl", "{\"text\": \"hoi\", \"languageCode\": \"nl-BE\"}",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Hallo! Ik ben SkillTalk.");
    }

    @Test
    void transcriptHoldsBothDirectionsOldestFirst() {
        SimulatorClient client = client();
        client.say("api-transcript", "hi");
        client.say("api-transcript", "1");

        JsonNode transcript = client.transcript("api-transcript");

        assertThat(transcript).extracting(l -> l.get("direction").asString())
                .containsExactly("in", "out", "in", "out", "out", "out");
        assertThat(transcript.get(5).get("text").asString()).isEqualTo("Is that OK for you?");
        assertThat(transcript.get(5).get("at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void oddButValidTextsGetAKindReply() {
        SimulatorClient client = client();
        client.say("api-odd", "hi");

        for (String odd : new String[] {"", "a".repeat(10_000), "😀😀", "\u0007\u0000", "<img src=x onerror=alert(1)>"}) {
            JsonNode replies = client.say("api-odd", odd);
            assertThat(replies.get(0).get("text").asString()).isEqualTo("Please send a number from 1 to 4.");
        }
        assertThat(client.say("api-odd", "4").get(0).get("text").asString()).startsWith("Je kan meer dan je denkt.");
    }

    @Test
    void malformedRequestsGetPrecise400s() {
        SimulatorClient client = client();

        assertProblem(client.post("api-bad", "{\"text\": ", "application/json"), 400, "Failed to read request");
        assertProblem(client.post("api-bad", "{}", "application/json"), 400, "text: must not be null");
        assertProblem(client.post("api-bad", "{\"text\": \"" + "a".repeat(10_001) + "\"}", "application/json"), 400,
                "text: size must be between 0 and 10000");
        assertProblem(client.post("api-bad", "{\"text\": \"hi\", \"languageCode\": \"<x>\"}", "application/json"), 400,
                "languageCode: must match");
        assertProblem(client.post("bad%20id", "{\"text\": \"hi\"}", "application/json"), 400, "id: must match");
        assertProblem(client.post("api-bad", "hi", "text/plain"), 415, "Content-Type 'text/plain' is not supported");
        assertThat(client.transcript("api-bad")).isEmpty();
    }

    @Test
    void simulatorPageIsServedInTheAskedLanguage() {
        HttpResponse<String> page = client().get("/simulator?lang=fr");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("Simulateur SkillTalk")
                .contains("<label for=\"text\">Ton message</label>");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(detail).doesNotContain("Exception").doesNotContain("at eu.skilltalk");
    }
}
