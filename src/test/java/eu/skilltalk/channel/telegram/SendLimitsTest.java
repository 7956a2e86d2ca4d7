package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.skilltalk.delivery.DeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

    private final SendLimits limits = new SendLimits(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aChatHeldBackByA429SendsNothingUntilThenAndItsLaterMessagesQueueBehind() {
        limits.hold("42", Duration.ofSeconds(7));

        DeliveryException held = catchThrowableOfType(DeliveryException.class, () -> limits.acquire("42"));

        assertThat(held.permanent()).isFalse();
        assertThat(held.retryAfter()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void otherChatsAndABurstOfATurnsRepliesGoAtOnce() {
        limits.hold("42", Duration.ofSeconds(7));

        assertThatCode(() -> {
            for (int i = 0; i < SendLimits.CHAT_BURST; i++) {
                limits.acquire("43");
            }
        }).doesNotThrowAnyException();
    }
}
