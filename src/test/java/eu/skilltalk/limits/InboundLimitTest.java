package eu.skilltalk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.delivery.MongoBuckets;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.Sha256;
import eu.skilltalk.system.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.unit.DataSize;

/**
 * The per-sender inbound limit: a sender over it has messages dropped unread and hears one polite line per
 * window in their own language; other senders and the next window are unaffected; stop always works once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"skilltalk.limits.inbound.messages=3", "skilltalk.limits.inbound.per=1m"})
class InboundLimitTest {

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        MutableClock limitClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    LocaleCatalog catalog;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Participants participants;
    @Autowired
    Outbox outbox;

    private List<String> say(String address, String text) {
        return conversations.receive(new InboundMessage("simulator", address, null, text, null)).stream()
                .map(Reply::text).toList();
    }

    private double limited() {
        var counter = meters.find("skilltalk.inbound.messages").tags("channel", "simulator", "status", "limited")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aFloodIsDroppedWithOnePoliteLineInTheClientsLanguageAndTheConversationGoesOnAfterAWhile() {
        double before = limited();
        say("flood", "hi");
        say("flood", "4"); // Nederlands: consent question
        say("flood", "1"); // consent: asks for a name

        List<String> first = say("flood", "Jo");
        List<String> second = say("flood", "Jo");
        List<String> third = say("flood", "Jo");

        assertThat(first).containsExactly(catalog.render("nl", InboundLimit.SLOW_DOWN, Map.of()));
        assertThat(second).as("one line per window, not per dropped message").isEmpty();
        assertThat(third).isEmpty();
        assertThat(limited() - before).isEqualTo(3);
        assertThat(say("someone-else", "hi")).as("other senders are not limited").isNotEmpty();

        clock.advance(Duration.ofMinutes(1));
        List<String> later = say("flood", "Jo");

        assertThat(later).as("the dropped names were never read: the name is taken now")
                .anySatisfy(text -> assertThat(text).contains("Jo"));
        say("flood", "1");
        say("flood", "1");
        assertThat(say("flood", "1")).as("a new window, a new notice")
                .containsExactly(catalog.render("nl", InboundLimit.SLOW_DOWN, Map.of()));
        assertThat(say("flood", "stop")).as("stopping always works")
                .containsExactly(catalog.render("nl", "engine.stopped", Map.of()));
        assertThat(say("flood", "stop")).as("but not as a way round the limit").isEmpty();
    }

    /** An instance of SkillTalk's limit on the same store: 30 messages a minute, as shipped. */
    private InboundLimit instance() {
        return new InboundLimit(mongo, participants, outbox, catalog, clock, new LimitsProperties(
                new LimitsProperties.Inbound(30, Duration.ofMinutes(1)), 2000, DataSize.ofKilobytes(64),
                DataSize.ofKilobytes(256)));
    }

    private boolean storedBucket(String channel, String address) {
        return mongo.exists(Query.query(Criteria.where("_id").is("inbound:" + Sha256.hex(channel + ":" + address))),
                MongoBuckets.COLLECTION);
    }

    @Test
    void aFloodSpreadOverTwoInstancesIsHeldNearTheLimitOfOne() {
        InboundLimit first = instance();
        InboundLimit second = instance();
        int passed = 0;
        for (int i = 0; i < 100; i++) {
            if ((i % 2 == 0 ? first : second).refuse("simulator", "spread-flood", "hi", null).isEmpty()) {
                passed++;
            }
        }
        // Each instance alone would let 30 through (60 together); the shared bucket holds both near 30, give
        // or take a tenth of the allowance per instance before it counts and per instance between its syncs.
        assertThat(passed).isBetween(30, 42);
    }

    @Test
    void aClientAnsweringAtReadingPaceIsNeverLimitedAndCostsTheSharedStoreNothing() {
        InboundLimit limit = instance();
        for (int i = 0; i < 60; i++) {
            assertThat(limit.refuse("simulator", "reader", "1", null)).as("answer %d", i).isEmpty();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(storedBucket("simulator", "reader")).isFalse();

        for (int i = 0; i < 5; i++) {
            limit.refuse("simulator", "reader", "1", null);
        }
        assertThat(storedBucket("simulator", "reader")).as("a burst is counted for every instance").isTrue();
    }
}
