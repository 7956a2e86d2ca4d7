package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.delivery.DeliveryException;
import eu.skilltalk.delivery.OutboxItem;
import eu.skilltalk.delivery.RecordingSender;
import eu.skilltalk.system.Await;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A slow send does not hold up the conversation: with one lane for everyone, a second client's message is
 * answered (its turn runs, its replies are queued) while the first client's reply is still on its way, and
 * both clients then get their replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "skilltalk.conversation.lanes=1", "skilltalk.delivery.poll=1h", "skilltalk.schedule.poll=1h",
    "skilltalk.conversation.sweep=1h"})
class LaneSendersTest {

    private static final String LANGUAGE_QUESTION = "Hi! I am SkillTalk. Which language do you want?";

    @TestConfiguration
    static class Fakes {
        @Bean
        SlowSender slowSender() {
            return new SlowSender();
        }
    }

    /** Holds its first send until released, as a provider that takes its time; records what it sent. */
    static class SlowSender extends RecordingSender {
        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        SlowSender() {
            super("slow");
        }

        @Override
        public String send(OutboxItem item) throws DeliveryException {
            sending.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.send(item);
        }
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    Inbox inbox;
    @Autowired
    SlowSender slow;

    @Test
    void aSecondClientIsAnsweredWhileTheFirstClientsReplyIsStillOnItsWay() throws InterruptedException {
        String first = "first-" + UUID.randomUUID();
        String second = "second-" + UUID.randomUUID();
        conversations.accept(new InboundMessage("slow", first, first + "-1", "hi", null));
        assertThat(slow.sending.await(20, TimeUnit.SECONDS)).as("the first reply is being sent").isTrue();

        conversations.accept(new InboundMessage("slow", second, second + "-1", "hi", null));
        Await.until(Duration.ofSeconds(20), "the second client's turn ran on the only lane",
                () -> inbox.depth() == 0);
        assertThat(slow.sent).as("nothing was sent yet").isEmpty();

        slow.release.countDown();
        Await.until(Duration.ofSeconds(20), "both clients got their replies",
                () -> !slow.to(first).isEmpty() && !slow.to(second).isEmpty());
        assertThat(slow.to(first).get(0)).startsWith(LANGUAGE_QUESTION);
        assertThat(slow.to(second).get(0)).startsWith(LANGUAGE_QUESTION);
    }
}
