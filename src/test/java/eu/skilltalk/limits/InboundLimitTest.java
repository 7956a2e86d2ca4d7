package eu.skilltalk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
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
}
