package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The conversation service against the embedded store: dedupe, consent before storage, one client at a time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConversationServiceTest {

    @Autowired
    ConversationService conversations;
    @Autowired
    Participants participants;
    @Autowired
    Answers answers;
    @Autowired
    Outbox outbox;

    private List<Reply> say(String address, String externalId, String text) {
        return conversations.receive(new InboundMessage("simulator", address, externalId, text, null));
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() {
        say("dedupe", "m1", "hi");
        List<Reply> first = say("dedupe", "m2", "1");
        List<Reply> again = say("dedupe", "m2", "1");

        assertThat(first).extracting(Reply::text).last().isEqualTo("Is that OK for you?");
        assertThat(again).isEmpty();
        assertThat(say("dedupe", "m3", "1")).extracting(Reply::text)
                .containsExactly("What can I call you? A first name or a nickname is fine.");
    }

    @Test
    void nothingIsStoredWithoutConsent() {
        say("declines", null, "hi");
        say("declines", null, "1");
        List<Reply> declined = say("declines", null, "no");
        say("declines", null, "my name is Jo");

        Participant participant = participants.findByAddress("simulator:declines").orElseThrow();
        assertThat(declined).extracting(Reply::text)
                .containsExactly("OK. I do not save anything. Write to me if you change your mind.");
        assertThat(participant.consented()).isFalse();
        assertThat(answers.findByParticipantIdOrderByAtAsc(participant.id())).isEmpty();
    }

    @Test
    void consentIsRecordedWithItsVersionAndAnswersFollow() {
        say("consents", null, "hi");
        say("consents", null, "4");
        say("consents", null, "ja");
        say("consents", null, "Noor");
        say("consents", null, "2");

        Participant participant = participants.findByAddress("simulator:consents").orElseThrow();
        assertThat(participant.consentVersion()).isEqualTo("2026-11");
        assertThat(participant.language()).isEqualTo("nl");
        assertThat(answers.findByParticipantIdOrderByAtAsc(participant.id()))
                .extracting(RecordedAnswer::step, RecordedAnswer::value, RecordedAnswer::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ask_name", "Noor", "nl"),
                        org.assertj.core.groups.Tuple.tuple("goal", "warehouse_worker", "nl"));
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void parallelMessagesOfOneClientAreEachHandledOnceWithoutLosingState() throws Exception {
        say("parallel", null, "hi");
        say("parallel", null, "1");
        say("parallel", null, "yes");
        say("parallel", null, "Kim");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<Reply>>> repeats = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            repeats.add(() -> say("parallel", null, "repeat"));
        }
        List<Future<List<Reply>>> results = pool.invokeAll(repeats);
        pool.shutdown();

        for (Future<List<Reply>> result : results) {
            assertThat(result.get()).extracting(Reply::text).singleElement().asString().startsWith("(1/5) What work");
        }
        assertThat(say("parallel", null, "3")).extracting(Reply::text).singleElement().asString()
                .startsWith("(2/5) What do you like to do");
    }
}
