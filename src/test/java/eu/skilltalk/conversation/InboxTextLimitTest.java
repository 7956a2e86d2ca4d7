package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** At most {@code skilltalk.limits.max-text} characters of a message are stored, cut where no emoji breaks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "skilltalk.limits.max-text=10")
class InboxTextLimitTest {

    @Autowired
    Inbox inbox;

    private String stored(String text) {
        return inbox.store(new InboundMessage("simulator", "long", null, text, null)).orElseThrow().text();
    }

    @Test
    void aLongTextIsCutAtTheLimitAndAnEmojiIsNeverHalved() {
        assertThat(stored("x".repeat(10_000))).isEqualTo("x".repeat(10));
        assertThat(stored("123456789😀tail")).isEqualTo("123456789");
        assertThat(stored("short")).isEqualTo("short");
        assertThat(stored(null)).isNull();
    }
}
