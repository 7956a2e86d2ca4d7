package eu.skilltalk.conversation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Proof that a channel message was taken, keyed by {@code <channel>:<external id>}: the unique {@code _id}
 * makes a redelivered webhook or a second instance skip it. Holds no message content; kept for
 * {@code skilltalk.conversation.keep-receipts} (providers redeliver within hours), then swept.
 */
@Document("inbound_receipts")
record InboundReceipt(@Id String id, Instant receivedAt) {
}
