package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participants;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code back} returns to earlier questions from the session's stored history, which is kept as one line of
 * text per place; sessions stored before, with places as documents of frames, still go back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SessionHistoryStorageTest {

    private static final String GOAL_QUESTION = "(1/5) What work would you like to do? Choose a number.";

    @Autowired
    ConversationService conversations;
    @Autowired
    Participants participants;
    @Autowired
    MongoTemplate mongo;

    @Test
    void earlierPlacesAreStoredAsTextAndBackReturnsToThem() {
        walkToTheSecondQuestion("text-history");

        assertThat(storedHistory("text-history")).isNotEmpty()
                .allSatisfy(place -> assertThat(place).isInstanceOf(String.class))
                .last().isEqualTo("onboarding/bye selfcheck/break_after_intake intake/goal");
        assertThat(say("text-history", "back")).extracting(Reply::text).containsExactly(GOAL_QUESTION);
    }

    @Test
    void aSessionStoredWithPlacesAsDocumentsStillGoesBackAndIsRewrittenAsText() {
        walkToTheSecondQuestion("old-history");
        List<Object> asDocuments = storedHistory("old-history").stream().map(place -> (Object) new Document("stack",
                List.of(((String) place).split(" ")).stream().map(frame -> new Document("dialog", frame.split("/")[0])
                        .append("step", frame.split("/")[1])).toList())).toList();
        mongo.getCollection("sessions").updateOne(new Document("_id", participantId("old-history")),
                new Document("$set", new Document("state.history", asDocuments)));

        assertThat(say("old-history", "back")).extracting(Reply::text).containsExactly(GOAL_QUESTION);
        assertThat(storedHistory("old-history")).allSatisfy(place -> assertThat(place).isInstanceOf(String.class));
    }

    private void walkToTheSecondQuestion(String address) {
        for (String text : List.of("hi", "1", "1", "Lea", "2")) {
            say(address, text);
        }
    }

    private List<Object> storedHistory(String address) {
        Document session = mongo.getCollection("sessions").find(new Document("_id", participantId(address))).first();
        return session.get("state", Document.class).getList("history", Object.class);
    }

    private String participantId(String address) {
        return participants.findByAddress("simulator:" + address).orElseThrow().id();
    }

    private List<Reply> say(String address, String text) {
        return conversations.receive(new InboundMessage("simulator", address, null, text, null));
    }
}
