package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;

/** The running service understands clients' words, and keeps a story's hints beside it for the coach. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StoryHintsTest {

    private static final String STORY = "I asked all my neighbours to help and we cleaned the street together";

    @Autowired
    ConversationService conversations;
    @Autowired
    Participants participants;
    @Autowired
    Answers answers;
    @Autowired
    StoryHints hints;
    @Autowired
    ApplicationEventPublisher publisher;

    private List<Reply> say(String address, String text) {
        return conversations.receive(new InboundMessage("simulator", address, null, text, "en"));
    }

    @Test
    void aStorysHintsAndTheClientsCheckAreKeptBesideTheAnswer() {
        // "yes please" and "ten" are understood words; the story is about getting others to join.
        for (String text : List.of("hi", "1", "yes please", "Sam", "ten")) {
            say("storyteller", text);
        }
        List<Reply> asked = say("storyteller", STORY);
        List<Reply> checked = say("storyteller", "yes");

        Participant client = participants.findByAddress("simulator:storyteller").orElseThrow();
        RecordedAnswer story = answers.findByParticipantIdOrderByAtAsc(client.id()).stream()
                .filter(a -> a.value().equals(STORY)).findFirst().orElseThrow();
        assertThat(asked).extracting(Reply::text).containsExactly("Would you say this also shows: Getting others to join?");
        assertThat(checked).extracting(Reply::text).first().isEqualTo("Great! Your coach will see that.");
        StoryHint hint = hints.findById(StoryHint.idFor(client.id(), story.dialog(), story.step(), story.at()))
                .orElseThrow();
        assertThat(hint.hints()).extracting(EvidenceHint::competence).first().isEqualTo("entrecomp.2.5");
        assertThat(hint.checks()).extracting(StoryHint.Check::competence, StoryHint.Check::agrees)
                .containsExactly(Tuple.tuple("entrecomp.2.5", true));
        assertThat(hints.findByParticipantIdOrderByAtAsc(client.id())).hasSize(1);
        assertThat(answers.findByParticipantIdOrderByAtAsc(client.id()))
                .extracting(RecordedAnswer::step, RecordedAnswer::value)
                .contains(Tuple.tuple("goal", "self_employed"));
    }

    @Test
    void hintsOfAClientWithoutConsentAreNotKept() {
        say("no-consent", "hi");
        Participant client = participants.findByAddress("simulator:no-consent").orElseThrow();
        Instant at = Instant.parse("2026-01-05T09:00:00Z");

        publisher.publishEvent(new ConversationEvent(client.id(), new Event.EvidenceHinted("intake", "enjoy",
                List.of(new EvidenceHint("entrecomp.3.2", 0.7, true)), at), client.consented()));
        publisher.publishEvent(new ConversationEvent(client.id(), new Event.EvidenceChecked("intake", "enjoy", at,
                "entrecomp.3.2", true, at), client.consented()));

        assertThat(hints.findByParticipantIdOrderByAtAsc(client.id())).isEmpty();
    }
}
