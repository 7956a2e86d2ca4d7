package eu.skilltalk.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Rate limits and the circuit breaker, driven by a clock the test moves: nothing waits for real time. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "skilltalk.delivery.poll=1h",
    "skilltalk.delivery.limits.paced.per-second=5",
    "skilltalk.delivery.limits.paced.per-address-per-second=1",
    "skilltalk.delivery.limits.paced.per-address-burst=2",
    "skilltalk.delivery.breaker.window=4",
    "skilltalk.delivery.breaker.minimum-calls=4",
    "skilltalk.delivery.breaker.open-for=30s"})
class OutboxPacingTest {

    @TestConfiguration
    static class Fakes {
        @Bean
        @Primary
        MutableClock pacingClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }

        @Bean
        RecordingSender paced() {
            return new RecordingSender("paced");
        }

        @Bean
        RecordingSender flaky() {
            return new RecordingSender("flaky");
        }

        @Bean
        RecordingSender unlimited() {
            return new RecordingSender("unlimited");
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    @Qualifier("paced")
    RecordingSender paced;
    @Autowired
    @Qualifier("flaky")
    RecordingSender flaky;
    @Autowired
    @Qualifier("unlimited")
    RecordingSender unlimited;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), OutboxItem.class);
        mongo.remove(new Query(), Delivery.class);
        mongo.remove(new Query(), MongoBuckets.COLLECTION);
        paced.clear();
        flaky.clear();
        clock.advance(Duration.ofMinutes(5)); // every bucket full again
    }

    private void enqueue(String channel, String participant, String... texts) {
        outbox.enqueue(participant, channel, participant, Arrays.stream(texts).map(Reply::of).toList(), clock.instant());
    }

    @Test
    void aClientGetsATurnsRepliesAtOnceThenOneASecond() {
        enqueue("paced", "ana", "one", "two", "three", "four");

        outbox.sendNow("ana");
        assertThat(paced.texts()).containsExactly("one", "two");
        clock.advance(Duration.ofSeconds(1));
        outbox.sendDue();
        assertThat(paced.texts()).containsExactly("one", "two", "three");
        clock.advance(Duration.ofSeconds(1));
        outbox.sendDue();

        assertThat(paced.texts()).containsExactly("one", "two", "three", "four");
        assertThat(mongo.findAll(Delivery.class)).allSatisfy(d -> assertThat(d.attempts()).isOne());
    }

    @Test
    void theChannelsLimitIsSharedByAllClients() {
        for (int i = 0; i < 12; i++) {
            enqueue("paced", "client" + i, "hello " + i);
        }
        clock.advance(Duration.ofSeconds(3));

        outbox.sendDue();
        assertThat(paced.sent).hasSize(5);
        clock.advance(Duration.ofSeconds(1));
        outbox.sendDue();
        assertThat(paced.sent).hasSize(10);
        clock.advance(Duration.ofSeconds(1));
        outbox.sendDue();

        assertThat(paced.sent).hasSize(12);
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void thePollComesBackSoonWhenAChannelRanDryAndAtOnceAfterAFullBatch() {
        for (int i = 0; i < 50; i++) {
            enqueue("unlimited", "other" + i, "hi " + i);
        }
        for (int i = 0; i < 7; i++) {
            enqueue("paced", "client" + i, "hello " + i);
        }
        clock.advance(Duration.ofSeconds(3));

        assertThat(outbox.sendDue()).as("50 sent, more may be due").isZero();
        assertThat(unlimited.sent).hasSize(50);
        assertThat(outbox.sendDue()).as("the paced channel ran dry: back before its bucket (5 tokens) is full")
                .isEqualTo(Duration.ofMillis(250));
        assertThat(paced.sent).hasSize(5);
        clock.advance(Duration.ofSeconds(1));
        assertThat(outbox.sendDue()).as("nothing left: the usual poll").isEqualTo(Duration.ofHours(1));
        assertThat(paced.sent).hasSize(7);
    }

    @Test
    void aFailingChannelRestsAndThePollLeavesItAlone() {
        for (int i = 0; i < 4; i++) {
            flaky.failures.add(new DeliveryException("502 Bad Gateway", false, null));
            enqueue("flaky", "f" + i, "hello " + i);
            outbox.sendNow("f" + i);
        }
        assertThat(flaky.calls).hasValue(4);

        clock.advance(Duration.ofSeconds(10));
        outbox.sendDue();
        assertThat(flaky.calls).as("the channel rests: nothing is tried").hasValue(4);
        clock.advance(Duration.ofSeconds(25));
        outbox.sendDue();

        assertThat(flaky.texts()).containsExactlyInAnyOrder("hello 0", "hello 1", "hello 2", "hello 3");
        assertThat(mongo.findAll(Delivery.class)).allSatisfy(d -> assertThat(d.attempts()).isEqualTo(2));
    }
}
