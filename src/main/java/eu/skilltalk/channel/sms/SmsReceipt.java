package eu.skilltalk.channel.sms;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Proof that a Twilio MessageSid was taken; its unique {@code _id} makes a redelivered webhook a no-op. Kept
 * a week (Twilio retries within minutes), holds no content.
 */
@Document("sms_receipts")
record SmsReceipt(@Id String sid, Instant receivedAt) {
}
