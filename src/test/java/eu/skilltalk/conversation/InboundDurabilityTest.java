package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.delivery.RecordingSender;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.system.Await;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Once a channel was told a message arrived, the client's answer is not lost: messages are stored first,
 * processed in order, picked up after their instance died, and a turn never runs twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "skilltalk.delivery.poll=1h", "skilltalk.schedule.poll=1h", "skilltalk.conversation.sweep=1h"})
class InboundDurabilityTest {

    private static final String LANGUAGE_QUESTION = "Hi! I am SkillTalk. Which language do you want?";

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        MutableClock inboundClock() {
            return new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
        }

        @Bean
        RecordingSender inb() {
            return new RecordingSender("inb");
        }

        @Bean
        DiesOnNextEvent diesOnNextEvent() {
            return new DiesOnNextEvent();
        }
    }

    /** Kills "the instance" while it applies a committed turn: after its replies were queued, before it is marked done. */
    static class DiesOnNextEvent {
        final AtomicBoolean armed = new AtomicBoolean();

        @EventListener
        void on(ConversationEvent event) {
            if (armed.getAndSet(false)) {
                throw new IllegalStateException("instance died");
            }
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    Inbox inbox;
    @Autowired
    InboundProcessor processor;
    @Autowired
    Participants participants;
    @Autowired
    Answers answers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    RecordingSender inb;
    @Autowired
    DiesOnNextEvent dies;
    @MockitoSpyBean
    Outbox outbox;

    private static InboundMessage message(String address, String id, String text) {
        return new InboundMessage("inb", address, id, text, null);
    }

    private void upToTheNameQuestion(String chat) {
        conversations.receive(message(chat, null, "hi"));
        conversations.receive(message(chat, null, "1"));
        conversations.receive(message(chat, null, "yes"));
    }

    /** The client gives their name, and "the instance" dies after the turn's commit, its replies queued. */
    private void diesApplyingTheName(String chat) {
        upToTheNameQuestion(chat);
        dies.armed.set(true);
        assertThatThrownBy(() -> conversations.receive(message(chat, chat + "-name", "Robin")))
                .hasMessage("instance died");
    }

    @Test
    void acceptedMessagesAreProcessedInOrderAndARedeliveryIsDropped() {
        String chat = "chat-" + UUID.randomUUID();
        assertThat(conversations.accept(message(chat, chat + "-1", "hi"))).isTrue();
        assertThat(conversations.accept(message(chat, chat + "-2", "1"))).isTrue();
        assertThat(conversations.accept(message(chat, chat + "-1", "hi"))).as("redelivered webhook").isFalse();

        Await.until(Duration.ofSeconds(20), "both messages are answered", () -> inbox.depth() == 0
                && inb.to(chat).contains("Is that OK for you?"));

        List<String> replies = inb.to(chat);
        assertThat(replies.get(0)).startsWith(LANGUAGE_QUESTION);
        assertThat(replies).last().isEqualTo("Is that OK for you?");
        assertThat(conversations.accept(message(chat, chat + "-2", "1"))).as("redelivered after processing").isFalse();
        assertThat(inbox.depth()).as("nothing left for the sweep to run again").isZero();
        clock.advance(Duration.ofSeconds(31));
        processor.sweep();
        assertThat(inb.to(chat)).isEqualTo(replies);
    }

    @Test
    void theLastSeenTimeCoachesSeeIsNeverMoreThanAMinuteBehind() {
        String chat = "seen-" + UUID.randomUUID();
        conversations.receive(message(chat, null, "hi"));
        Instant first = participants.findByAddress("inb:" + chat).orElseThrow().lastSeenAt();
        clock.advance(Duration.ofSeconds(40));
        conversations.receive(message(chat, null, "1"));
        assertThat(participants.findByAddress("inb:" + chat).orElseThrow().lastSeenAt())
                .as("40 s later, within a minute: not written again").isEqualTo(first);
        clock.advance(Duration.ofSeconds(30));
        conversations.receive(message(chat, null, "yes"));
        assertThat(participants.findByAddress("inb:" + chat).orElseThrow().lastSeenAt())
                .isEqualTo(first.plusSeconds(70));
    }

    @Test
    void messagesLeftByADeadInstanceAreProcessedInOrderAndTheirTextIsDeleted() {
        String chat = "orphan-" + UUID.randomUUID();
        // Stored and acknowledged, then the instance died before processing them.
        inbox.store(message(chat, chat + "-1", "hi"));
        inbox.store(message(chat, chat + "-2", "1"));
        inbox.store(message(chat, chat + "-3", "yes"));
        clock.advance(Duration.ofSeconds(29));
        processor.sweep();
        assertThat(inb.to(chat)).as("the instance that stored them holds them for 30 s: it may only be behind")
                .isEmpty();
        clock.advance(Duration.ofSeconds(2));

        processor.sweep();

        assertThat(inb.to(chat).get(0)).startsWith(LANGUAGE_QUESTION);
        assertThat(inb.to(chat)).last().isEqualTo("What can I call you? A first name or a nickname is fine.");
        assertThat(participants.findByAddress("inb:" + chat).orElseThrow().consented()).isTrue();
        assertThat(mongo.findAll(Document.class, "inbox")).isEmpty();
        assertThat(mongo.findAll(Document.class, "shedLock")).as("the sweep ran under its ShedLock lock")
                .extracting(lock -> lock.get("_id")).contains("inbound-sweep");
        assertThat(mongo.findAll(Document.class, "inbound_receipts"))
                .allSatisfy(receipt -> assertThat(receipt).doesNotContainKeys("text", "address"));
    }

    @Test
    void aTurnCommittedJustBeforeACrashIsFinishedOnceAndNotRunAgain() {
        String chat = "crash-" + UUID.randomUUID();
        upToTheNameQuestion(chat);
        doThrow(new IllegalStateException("instance died")).doCallRealMethod().when(outbox)
                .enqueue(anyString(), anyString(), anyString(), anyList(), any(Instant.class), anyString(), anyBoolean());

        assertThatThrownBy(() -> conversations.receive(message(chat, chat + "-name", "Robin")))
                .hasMessage("instance died");
        assertThat(inb.to(chat)).last().isEqualTo("What can I call you? A first name or a nickname is fine.");
        clock.advance(Duration.ofSeconds(31));
        processor.sweep();
        processor.sweep();

        List<String> replies = inb.to(chat);
        assertThat(replies.stream().filter(r -> r.contains("Robin"))).hasSize(1);
        String participant = participants.findByAddress("inb:" + chat).orElseThrow().id();
        assertThat(answers.findByParticipantIdOrderByAtAsc(participant)).extracting(RecordedAnswer::value)
                .containsExactly("Robin");
        assertThat(mongo.count(new Query(), "inbox")).isZero();
        doCallRealMethod().when(outbox).enqueue(anyString(), anyString(), anyString(), anyList(), any(Instant.class),
                anyString(), anyBoolean());
    }

    /** Sessions kept their recent turns' keys in full before they kept fingerprints; those still count. */
    @Test
    void aTurnCommittedBeforeSessionsKeptFingerprintsIsNotRunAgain() {
        String chat = "legacy-" + UUID.randomUUID();
        diesApplyingTheName(chat);
        String participant = participants.findByAddress("inb:" + chat).orElseThrow().id();
        Query session = Query.query(Criteria.where("_id").is(participant));
        mongo.updateFirst(session, new Update().unset("recentTurns").set("recentKeys", List.of("inb:" + chat + "-name")),
                "sessions");

        clock.advance(Duration.ofSeconds(31));
        outbox.sendDue();
        List<String> sent = inb.to(chat);
        clock.advance(Duration.ofSeconds(31));
        processor.sweep();

        assertThat(inb.to(chat)).as("the turn is finished").isEqualTo(sent);
        assertThat(conversations.states(List.of(participant)).get(participant).misses())
                .as("not run again, as a wrong answer to the next question").isZero();
        assertThat(sent.stream().filter(r -> r.contains("Robin"))).hasSize(1);
        conversations.receive(message(chat, null, "help"));
        assertThat(mongo.findOne(session, Document.class, "sessions")).doesNotContainKey("recentKeys")
                .containsKey("recentTurns");
    }

    @Test
    void repliesThatWentOutBeforeACrashAreNotSentAgainWhenTheTurnIsFinished() {
        String chat = "sent-" + UUID.randomUUID();
        diesApplyingTheName(chat);
        clock.advance(Duration.ofSeconds(31));
        outbox.sendDue(); // another instance's poll sends the queued replies once their claim has run out
        assertThat(inb.to(chat).stream().filter(r -> r.contains("Robin"))).hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        processor.sweep(); // the message is processed again: its turn is finished, its replies queued again

        assertThat(inb.to(chat).stream().filter(r -> r.contains("Robin"))).as("sent once").hasSize(1);
        assertThat(mongo.count(new Query(), "outbox")).isZero();
        assertThat(mongo.count(new Query(), "inbox")).isZero();
    }
}
