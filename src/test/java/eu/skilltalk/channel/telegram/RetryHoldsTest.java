package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.skilltalk.delivery.DeliveryException;
import eu.skilltalk.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryHoldsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final RetryHolds holds = new RetryHolds(clock);

    @Test
    void aChatHeldBackByA429SendsNothingUntilThenAndItsLaterMessagesQueueBehind() {
        holds.hold("42", Duration.ofSeconds(7));

        DeliveryException held = catchThrowableOfType(DeliveryException.class, () -> holds.check("42"));

        assertThat(held.permanent()).isFalse();
        assertThat(held.retryAfter()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void otherChatsGoAtOnceAndTheHeldChatGoesWhenTheWaitIsOver() {
        holds.hold("42", Duration.ofSeconds(7));

        assertThatCode(() -> holds.check("43")).doesNotThrowAnyException();
        clock.advance(Duration.ofSeconds(8));
        assertThatCode(() -> holds.check("42")).doesNotThrowAnyException();
    }
}
