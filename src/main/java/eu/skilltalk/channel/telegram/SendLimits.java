package eu.skilltalk.channel.telegram;

import eu.skilltalk.delivery.DeliveryException;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps sends within Telegram's limits: 30 messages a second for the bot, and about one a second per chat
 * (a burst of three lets a turn's replies go out together), and holds a chat back as long as a 429 asked.
 * A send waits up to two seconds for its turn; a longer wait goes back to the outbox as a retry. The counts
 * are per instance (Bucket4j in memory); with several instances each keeps its own.
 */
@Component
@ConditionalOnTelegram
class SendLimits {

    static final int PER_SECOND = 30;
    static final int CHAT_BURST = 3;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);
    /**
     * Added to a held-back chat's remaining wait, so that its later messages fall due after the one Telegram
     * refused and keep their order in the outbox.
     */
    private static final Duration KEEP_ORDER = Duration.ofSeconds(1);

    private final Bucket bot = Bucket.builder()
            .addLimit(limit -> limit.capacity(PER_SECOND).refillGreedy(PER_SECOND, Duration.ofSeconds(1))).build();
    private final Map<String, Bucket> chats = new ConcurrentHashMap<>();
    private final Map<String, Instant> heldUntil = new ConcurrentHashMap<>();
    private final Clock clock;

    SendLimits(Clock clock) {
        this.clock = clock;
    }

    /** Waits for this chat's next send slot, or says how long the outbox should wait instead. */
    void acquire(String chat) throws DeliveryException {
        Instant held = heldUntil.get(chat);
        Instant now = clock.instant();
        if (held != null && held.isAfter(now)) {
            throw new DeliveryException("telegram asked to wait", false, Duration.between(now, held).plus(KEEP_ORDER));
        }
        take(bot, "telegram bot send limit");
        take(chats.computeIfAbsent(chat, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(CHAT_BURST).refillGreedy(1, Duration.ofSeconds(1))).build()),
                "telegram chat send limit");
    }

    /** Holds the chat back after a 429 with retry_after. */
    void hold(String chat, Duration wait) {
        heldUntil.merge(chat, clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
    }

    private static void take(Bucket bucket, String limit) throws DeliveryException {
        try {
            if (!bucket.asBlocking().tryConsume(1, LONGEST_WAIT)) {
                throw new DeliveryException(limit, false,
                        Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting for the " + limit, false, null);
        }
    }

    /** Forgets chats that are idle again, so memory does not grow with the number of chats ever served. */
    @Scheduled(fixedDelay = 60_000)
    void forgetIdleChats() {
        Instant now = clock.instant();
        chats.values().removeIf(bucket -> bucket.getAvailableTokens() >= CHAT_BURST);
        heldUntil.values().removeIf(until -> until.isBefore(now));
    }
}
