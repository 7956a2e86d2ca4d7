package eu.skilltalk.delivery;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A finished outbox item: sent (with the provider's message id) or given up. Holds no message text.
 */
@Document("deliveries")
record Delivery(@Id String id, String participantId, String channel, Outcome outcome, String providerId,
        int attempts, String error, Instant createdAt, Instant finishedAt) {

    enum Outcome {
        SENT, FAILED
    }

    static Delivery of(OutboxItem item, Outcome outcome, String providerId, String error, Instant finishedAt) {
        return new Delivery(item.id(), item.participantId(), item.channel(), outcome, providerId, item.attempts(),
                error, item.createdAt(), finishedAt);
    }
}
