package eu.skilltalk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Retention with a clock the test moves: a client who never consented goes after a month; one who consented
 * is told a month before a year of silence is up and then erased, unless they write; one who said stop is
 * erased without a message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "skilltalk.conversation.sweep=1h", "skilltalk.privacy.sweep=1h",
    "skilltalk.schedule.quiet-from=00:00", "skilltalk.schedule.quiet-until=00:00"})
class RetentionTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock retentionClock() {
            return new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    Participants participants;
    @Autowired
    Retention retention;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LocaleCatalog catalog;
    @Autowired
    MutableClock clock;

    @Test
    void quietClientsAreWarnedThenErasedUnlessTheyWrite() {
        onboard("keeps", "yes");
        onboard("leaves", "yes");
        onboard("stops", "yes");
        say("stops", "stop");
        onboard("declines", "no");
        String warning = catalog.render("en", "privacy.retention.warning", Map.of("days", 30));

        clock.advance(Duration.ofDays(31));
        retention.sweep();
        assertThat(known("declines")).as("never consented: gone after a month").isFalse();
        assertThat(known("keeps") && known("leaves") && known("stops")).isTrue();
        assertThat(received("leaves")).doesNotContain(warning);

        clock.advance(Duration.ofDays(305)); // 336 days: a month before the year is up
        retention.sweep();
        retention.sweep();
        assertThat(received("leaves")).as("warned once").containsOnlyOnce(warning);
        assertThat(received("keeps")).containsOnlyOnce(warning);
        assertThat(received("stops")).as("said stop: no message").doesNotContain(warning);
        assertThat(say("keeps", "I am still here")).extracting(Reply::text)
                .startsWith(catalog.render("en", "privacy.retention.kept"));

        clock.advance(Duration.ofDays(29));
        retention.sweep();
        assertThat(known("leaves") && known("stops")).as("the warning gets its full month").isTrue();

        clock.advance(Duration.ofDays(2));
        retention.sweep();
        assertThat(known("leaves")).as("warned a month ago and silent for a year").isFalse();
        assertThat(known("stops")).as("said stop and silent for a year").isFalse();
        assertThat(known("keeps")).as("wrote after the warning").isTrue();
        assertThat(received("leaves")).as("nothing of the client is left, their transcript neither").isEmpty();
    }

    @Test
    void aNoticeTheClientAnsweredBeforeEarnsNoThanks() {
        onboard("answered", "yes");
        String id = participants.findByAddress("simulator:answered").orElseThrow().id();
        // left behind when the client wrote while the sweep was warning them
        mongo.save(new RetentionNotice(id, clock.instant().minus(Duration.ofMinutes(1))));
        clock.advance(Duration.ofDays(1));

        assertThat(say("answered", "I am still here")).extracting(Reply::text)
                .doesNotContain(catalog.render("en", "privacy.retention.kept"));
    }

    private void onboard(String client, String consent) {
        say(client, "hi");
        say(client, "1");
        say(client, consent);
        if (consent.equals("yes")) {
            say(client, "Sam");
        }
    }

    private List<Reply> say(String client, String text) {
        return conversations.receive(new InboundMessage("simulator", client, null, text, null));
    }

    private boolean known(String client) {
        return participants.findByAddress("simulator:" + client).isPresent();
    }

    private List<String> received(String client) {
        return mongo.find(Query.query(where("conversationId").is(client).and("direction").is("out")), Document.class,
                "simulator_messages").stream().map(d -> d.getString("text")).toList();
    }
}
