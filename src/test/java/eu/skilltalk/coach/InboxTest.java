package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** A client's "coach" command reaches their coach's inbox, the coach answers on the client's channel and closes. */
class InboxTest extends CoachTestBase {

    private static final String RECEIVED = "Your coach got your message. You can write more.";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aClientReachesTheirCoachAndTheCoachAnswersOnTheClientsChannel() {
        Login coach = newCoach();
        Login other = newCoach();
        String ann = onboardedClient(newCohort(coach, "CoachInbox"));
        String annId = participantId(ann);
        List<String> before = received(ann);
        String question = before.get(before.size() - 1);

        say(ann, "coach");
        List<String> ack = say(ann, "I do not understand <b>question</b> 3");
        List<String> silent = say(ann, "Can you call me?");

        assertThat(ack).containsExactly(RECEIVED);
        assertThat(silent).as("told once, not after every line").isEmpty();
        JsonNode threads = get("/api/v1/inbox", coach).json();
        assertThat(threads.size()).isEqualTo(1);
        assertThat(threads.get(0).get("participantId").asString()).isEqualTo(annId);
        assertThat(threads.get(0).get("unread").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/inbox", other).json().size()).isZero();
        assertThat(get("/api/v1/inbox/" + annId, other).status()).isEqualTo(404);
        assertThat(texts(get("/api/v1/inbox/" + annId, coach).json()))
                .containsExactly("request:", "in:I do not understand <b>question</b> 3", "in:Can you call me?");
        assertThat(get("/api/v1/inbox", coach).json().get(0).get("unread").asInt()).as("read now").isZero();

        Response reply = call("POST", "/api/v1/inbox/" + annId + "/replies", coach,
                "{\"text\": \"Yes, I will call you at 3.\"}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/inbox/" + annId + "/replies", other, "{\"text\": \"hi\"}").status())
                .isEqualTo(404);
        assertThat(received(ann)).contains("Your coach Coach " + coach.username() + ": Yes, I will call you at 3.");
        assertThat(say(ann, "Thanks!")).as("the coach wrote last, so the client is told again")
                .containsExactly(RECEIVED);

        assertThat(call("POST", "/api/v1/inbox/" + annId + "/close", coach, null).status()).isEqualTo(204);

        List<String> all = received(ann);
        assertThat(all.subList(all.size() - 2, all.size()))
                .containsExactly("Your coach closed the chat. Let's go on.", question);
        assertThat(say(ann, "1")).as("answers go to the dialog again").isNotEmpty()
                .doesNotContain(RECEIVED);
        assertThat(texts(get("/api/v1/inbox/" + annId, coach).json())).doesNotContain("in:1");
    }

    @Test
    void commandsStillWorkWhileTheChatIsOpen() {
        Login coach = newCoach();
        String ann = onboardedClient(newCohort(coach, "Commands"));
        say(ann, "coach");

        List<String> help = say(ann, "help");

        assertThat(help.get(0)).isEqualTo(text("engine.help"));
        assertThat(texts(get("/api/v1/inbox/" + participantId(ann), coach).json())).containsExactly("request:");
    }

    @Test
    void aCoachCannotWriteToAClientWhoSaidStop() {
        Login coach = newCoach();
        String ann = onboardedClient(newCohort(coach, "Stopped"));
        say(ann, "stop");

        Response reply = call("POST", "/api/v1/inbox/" + participantId(ann) + "/replies", coach, "{\"text\": \"Hi\"}");

        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void aCoachWhoWritesFirstOpensTheChat() {
        Login coach = newCoach();
        String ann = onboardedClient(newCohort(coach, "CoachFirst"));
        String annId = participantId(ann);

        call("POST", "/api/v1/inbox/" + annId + "/replies", coach, "{\"text\": \"How is it going?\"}");

        assertThat(say(ann, "Good, thanks")).containsExactly(RECEIVED);
        assertThat(texts(get("/api/v1/inbox/" + annId, coach).json()))
                .containsExactly("out:How is it going?", "in:Good, thanks");
    }

    /** Clients stored before the features they used were kept on their record: every message looks. */
    @Test
    void aClientStoredBeforeUsedFeaturesWereKeptStillReachesTheirCoach() {
        Login coach = newCoach();
        String ann = onboardedClient(newCohort(coach, "Legacy"));
        String annId = participantId(ann);
        Document byId = new Document("_id", annId);
        mongo.getCollection("participants").updateOne(byId, new Document("$unset", new Document("usedFeatures", "")));

        call("POST", "/api/v1/inbox/" + annId + "/replies", coach, "{\"text\": \"How is it going?\"}");

        assertThat(say(ann, "Good, thanks")).containsExactly(RECEIVED);
        assertThat(mongo.getCollection("participants").find(byId).first())
                .as("one feature marked would mean only that one is in use").doesNotContainKey("usedFeatures");
    }

    private static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(m -> texts.add(m.get("direction").asString() + ":"
                + (m.get("text").isNull() ? "" : m.get("text").asString())));
        return texts;
    }
}
