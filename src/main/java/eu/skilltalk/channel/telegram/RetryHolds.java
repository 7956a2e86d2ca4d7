package eu.skilltalk.channel.telegram;

import eu.skilltalk.delivery.DeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds a chat back as long as a 429 with {@code retry_after} asked. The steady limits (messages a second per
 * bot and per chat) are delivery's, shared by all instances; this only keeps an instance from sending into a
 * wait Telegram announced.
 */
@Component
@ConditionalOnTelegram
class RetryHolds {

    /**
     * Added to a held-back chat's remaining wait, so that its later messages fall due after the one Telegram
     * refused and keep their order in the outbox.
     */
    private static final Duration KEEP_ORDER = Duration.ofSeconds(1);

    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();
    private final Clock clock;

    RetryHolds(Clock clock) {
        this.clock = clock;
    }

    /** Returns when the chat may be sent to; otherwise says how long the outbox should wait. */
    void check(String chat) throws DeliveryException {
        Instant held = heldUntil.get(chat);
        Instant now = clock.instant();
        if (held != null && held.isAfter(now)) {
            throw new DeliveryException("telegram asked to wait", false, Duration.between(now, held).plus(KEEP_ORDER));
        }
    }

    /** Holds the chat back after a 429 with retry_after. */
    void hold(String chat, Duration wait) {
        heldUntil.merge(chat, clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Forgets holds that are over, so memory does not grow with the number of chats ever served. */
    @Scheduled(fixedDelay = 60_000)
    void forgetPastHolds() {
        Instant now = clock.instant();
        heldUntil.values().removeIf(until -> until.isBefore(now));
    }
}
