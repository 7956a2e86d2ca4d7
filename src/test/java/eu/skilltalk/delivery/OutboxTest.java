package eu.skilltalk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The outbox against the embedded store: each message sent once by competing senders, retries, give-ups. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "skilltalk.delivery.poll=1h")
class OutboxTest {

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }

        @Bean
        RecordingSender recordingSender() {
            return new RecordingSender("test");
        }


    }

    @Autowired
    Outbox outbox;
    @Autowired
    RecordingSender sender;
    @Autowired
    OutboxQueue queue;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), OutboxItem.class);
        mongo.remove(new Query(), Delivery.class);
        sender.clear();
    }

    private void enqueue(String participant, String... texts) {
        outbox.enqueue(participant, "test", "addr", java.util.Arrays.stream(texts).map(Reply::of).toList(),
                clock.instant());
    }

    /** Queues replies as a turn does right after its commit: claimed by this instance, for sendNow to send. */
    private void enqueueTurn(String participant, String key, String... texts) {
        outbox.enqueue(participant, "test", "addr", java.util.Arrays.stream(texts).map(Reply::of).toList(),
                clock.instant(), key, false);
    }

    @Test
    void competingSendersSendEachMessageOnce() throws Exception {
        IntStream.range(0, 40).forEach(i -> enqueue("p" + (i % 5), "m" + i));
        clock.advance(Duration.ofSeconds(5));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            pool.submit(outbox::sendDue);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(sender.texts()).hasSize(40).doesNotHaveDuplicates();
        assertThat(outbox.waiting()).isZero();
        assertThat(mongo.findAll(Delivery.class)).hasSize(40)
                .allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Delivery.Outcome.SENT));
    }

    @Test
    void aClientsRepliesGoOutInOrder() {
        enqueue("ordered", "first", "second", "third");

        outbox.sendNow("ordered");

        assertThat(sender.texts()).containsExactly("first", "second", "third");
    }

    @Test
    void aMessageThatMustWaitHoldsBackTheClientsLaterOnes() {
        sender.failures.add(new DeliveryException("503", false, null));
        enqueue("held", "first", "second", "third");

        outbox.sendNow("held");
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("first", "second", "third");
    }

    @Test
    void thePollLeavesFreshRepliesToTheirInstanceButNotForLong() {
        enqueue("fresh", "hello");

        outbox.sendDue();
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(3));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("hello");
    }

    @Test
    void queuingUnderTheSameKeyTwiceSendsOnce() {
        outbox.enqueue("keyed", "test", "addr", List.of(Reply.of("once")), clock.instant(), "job-1");
        outbox.sendNow("keyed");
        outbox.enqueue("keyed", "test", "addr", List.of(Reply.of("once")), clock.instant(), "job-1");
        outbox.sendNow("keyed");

        assertThat(sender.texts()).containsExactly("once");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void aTurnAppliedAgainQueuesOnlyTheRepliesItHadNotQueuedBefore() {
        // The first application stopped after its first reply (an instance died in between).
        outbox.enqueue("partly", "test", "addr", List.of(Reply.of("first")), clock.instant(), "turn-1");
        outbox.enqueue("partly", "test", "addr", List.of(Reply.of("first"), Reply.of("second"), Reply.of("third")),
                clock.instant(), "turn-1");
        outbox.sendNow("partly");

        assertThat(sender.texts()).containsExactly("first", "second", "third");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void retryWaitsForTheProvidersRetryAfter() {
        sender.failures.add(new DeliveryException("429 Too Many Requests", false, Duration.ofSeconds(30)));
        enqueue("busy", "hello");

        outbox.sendNow("busy");
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(20));
        outbox.sendDue();
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(15));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("hello");
        assertThat(mongo.findAll(Delivery.class)).singleElement()
                .satisfies(d -> assertThat(d.attempts()).isEqualTo(2));
    }

    @Test
    void permanentFailureIsRecordedAndNotRetried() {
        sender.failures.add(new DeliveryException("blocked by user", true, null));
        enqueue("blocked", "hello");

        outbox.sendNow("blocked");
        clock.advance(Duration.ofHours(1));
        outbox.sendDue();

        assertThat(sender.texts()).isEmpty();
        assertThat(outbox.waiting()).isZero();
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.FAILED);
            assertThat(d.error()).isEqualTo("blocked by user");
        });
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 8; i++) {
            sender.failures.add(new DeliveryException("503", false, null));
        }
        enqueue("down", "hello");

        outbox.sendNow("down");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofHours(1));
            outbox.sendDue();
        }

        assertThat(sender.texts()).isEmpty();
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.FAILED);
            assertThat(d.attempts()).isEqualTo(8);
        });
    }

    @Test
    void aStoppingInstanceHandsBackItsClaimsSoTheyGoAtOnce() {
        enqueue("handed-back", "hello");
        OutboxItem claimed = queue.claim(mongo.findOne(new Query(), OutboxItem.class).id()).orElseThrow();
        assertThat(claimed.attempts()).isOne();

        assertThat(queue.releaseMine()).isOne();
        outbox.sendNow("handed-back");

        assertThat(sender.texts()).containsExactly("hello");
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> assertThat(d.attempts()).isOne());
    }

    @Test
    void aClaimWhoseInstanceDiedIsTakenOverAfterTheLease() {
        enqueue("orphan", "hello");
        mongo.updateFirst(new Query(), new org.springframework.data.mongodb.core.query.Update()
                .set("status", OutboxItem.Status.SENDING).set("leaseUntil", clock.instant().plusSeconds(30)),
                OutboxItem.class);

        clock.advance(Duration.ofSeconds(10));
        outbox.sendDue();
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(25));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("hello");
    }

    @Test
    void aMessageAnotherInstanceIsSendingHoldsBackTheClientsLaterOnes() {
        enqueue("shared", "first", "second");
        String first = mongo.findOne(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("text")
                .is("first")), OutboxItem.class).id();
        queue.claim(first).orElseThrow(); // as if another instance had taken it and then died

        outbox.sendNow("shared");
        assertThat(sender.texts()).as("the second may not overtake the first").isEmpty();
        clock.advance(Duration.ofSeconds(31));
        outbox.sendNow("shared");

        assertThat(sender.texts()).containsExactly("first", "second");
        assertThat(mongo.findAll(Delivery.class)).extracting(Delivery::attempts).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void aTurnsRepliesGoOutOnceInOrderOnTheirFirstAttempt() {
        enqueueTurn("turn", "turn-1", "first", "second");

        outbox.sendNow("turn");
        outbox.sendNow("turn");

        assertThat(sender.texts()).containsExactly("first", "second");
        assertThat(outbox.waiting()).isZero();
        assertThat(mongo.findAll(Delivery.class)).extracting(Delivery::attempts).containsExactly(1, 1);
    }

    @Test
    void noPollTakesATurnsRepliesFromTheInstanceThatQueuedThem() {
        enqueueTurn("slow-sender", "turn-1", "hello");

        outbox.sendDue();
        clock.advance(Duration.ofSeconds(10)); // its sender comes late: the poll would take a plain reply by now
        outbox.sendDue();
        assertThat(sender.texts()).isEmpty();
        outbox.sendNow("slow-sender");

        assertThat(sender.texts()).containsExactly("hello");
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> assertThat(d.attempts()).isOne());
    }

    @Test
    void aTurnsRepliesWhoseInstanceDiedBeforeSendingGoAfterTheLease() {
        enqueueTurn("died", "turn-1", "hello"); // and no sendNow: the instance is gone

        clock.advance(Duration.ofSeconds(25));
        outbox.sendDue();
        assertThat(sender.texts()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("hello");
    }

    @Test
    void aTurnsReplyTakenOverAfterItsLeaseIsNotSentAgainByItsLateSender() {
        enqueueTurn("taken", "turn-1", "hello");
        clock.advance(Duration.ofSeconds(31));
        String id = mongo.findOne(new Query(), OutboxItem.class).id();
        queue.claim(id).orElseThrow(); // another instance's poll, and that instance died while sending

        outbox.sendNow("taken");
        assertThat(sender.texts()).as("the other instance holds it").isEmpty();
        clock.advance(Duration.ofSeconds(31));
        outbox.sendNow("taken");

        assertThat(sender.texts()).containsExactly("hello");
    }

    @Test
    void aTurnsReplyWhoseSenderCameLateIsNotTakenByAPollWhileItIsSent() {
        enqueueTurn("late", "turn-1", "hello");
        clock.advance(Duration.ofSeconds(20)); // the instance's senders ran behind: a third of the lease is left
        sender.duringNextSend = () -> {
            clock.advance(Duration.ofSeconds(15)); // a slow send, past the lease taken at queueing
            outbox.sendDue(); // a poll meanwhile
        };

        outbox.sendNow("late");

        assertThat(sender.texts()).containsExactly("hello");
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> assertThat(d.attempts()).isOne());
    }

    @Test
    void aTurnsRepliesBehindOneThatMustWaitFollowItInOrder() {
        sender.failures.add(new DeliveryException("429 Too Many Requests", false, Duration.ofSeconds(10)));
        enqueue("behind", "first");
        enqueueTurn("behind", "turn-1", "second", "third");

        outbox.sendNow("behind");
        assertThat(sender.texts()).isEmpty();
        for (int poll = 0; poll < 4; poll++) {
            clock.advance(Duration.ofSeconds(4));
            outbox.sendDue();
        }

        assertThat(sender.texts()).containsExactly("first", "second", "third");
        assertThat(mongo.findAll(Delivery.class)).extracting(Delivery::attempts).containsExactlyInAnyOrder(2, 1, 1);
    }

    @Test
    void aTurnsRepliesSentBeforeOneThatMustWaitAreRecordedAndLeaveTheQueue() {
        // The first send arranges for the second one to fail.
        sender.duringNextSend = () -> sender.duringNextSend =
                () -> sender.failures.add(new DeliveryException("503", false, null));
        enqueueTurn("partly", "turn-1", "first", "second", "third");

        outbox.sendNow("partly");

        assertThat(sender.texts()).containsExactly("first");
        assertThat(mongo.findAll(Delivery.class)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("turn-1/0");
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.SENT);
        });
        assertThat(mongo.findAll(OutboxItem.class)).extracting(OutboxItem::id)
                .containsExactlyInAnyOrder("turn-1/1", "turn-1/2");
        clock.advance(Duration.ofSeconds(3));
        outbox.sendDue();

        assertThat(sender.texts()).containsExactly("first", "second", "third");
        assertThat(outbox.waiting()).isZero();
        assertThat(mongo.findAll(Delivery.class)).extracting(Delivery::id)
                .containsExactlyInAnyOrder("turn-1/0", "turn-1/1", "turn-1/2");
    }

    @Test
    void aTurnsReplySentSlowlyIsRecordedBeforeItsLeaseRunsOutSoItIsNotSentAgain() {
        enqueueTurn("slow", "turn-1", "first", "second");
        sender.duringNextSend = () -> {
            clock.advance(Duration.ofSeconds(20)); // a slow first send: 10 s are left of its lease
            sender.duringNextSend = () -> {
                clock.advance(Duration.ofSeconds(15)); // a slow second send, past the first one's lease
                outbox.sendDue(); // a poll meanwhile
            };
        };

        outbox.sendNow("slow");

        assertThat(sender.texts()).containsExactly("first", "second");
        assertThat(outbox.waiting()).isZero();
    }
}
