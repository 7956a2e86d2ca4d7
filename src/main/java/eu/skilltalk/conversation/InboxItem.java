package eu.skilltalk.conversation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's message stored before the channel is told it arrived, until its turn has run; then it is
 * deleted, text and all, so the inbox stays small and keeps no message content. The id is
 * {@code <channel>:<external id>} (a redelivered webhook collides with it) or a random id.
 *
 * <pre>{"_id": "telegram:81234567", "channel": "telegram", "address": "4242", "text": "3",
 *  "languageCode": "nl", "receivedAt": "2026-11-28T10:00:00Z", "status": "PROCESSING",
 *  "leaseUntil": "2026-11-28T10:00:10Z", "attempts": 1}</pre>
 */
@Document("inbox")
@CompoundIndex(name = "status_received", def = "{'status': 1, 'receivedAt': 1, 'sequence': 1}")
class InboxItem {

    /**
     * {@code PROCESSING} is claimed by an instance until {@code leaseUntil}, from the moment it is stored;
     * {@code PENDING} is how versions before that stored a message waiting to be processed.
     */
    enum Status {
        PENDING, PROCESSING
    }

    @Id
    private String id;
    private String channel;
    private String address;
    private String externalId;
    private String text;
    private String languageCode;
    private Instant receivedAt;
    private long sequence;
    private Status status;
    private Instant leaseUntil;
    private int attempts;

    protected InboxItem() {
    }

    /** A message as the instance that accepts it stores it: claimed by that instance until {@code leaseUntil}. */
    InboxItem(String id, InboundMessage message, String text, Instant receivedAt, long sequence, Instant leaseUntil) {
        this.id = id;
        this.channel = message.channel();
        this.address = message.address();
        this.externalId = message.externalId();
        this.text = text;
        this.languageCode = message.languageCode();
        this.receivedAt = receivedAt;
        this.sequence = sequence;
        this.status = Status.PROCESSING;
        this.leaseUntil = leaseUntil;
        this.attempts = 1;
    }

    String id() {
        return id;
    }

    String channel() {
        return channel;
    }

    String address() {
        return address;
    }

    /** The channel's id of the message, or {@code null} when the channel has none. */
    String externalId() {
        return externalId;
    }

    String text() {
        return text;
    }

    /** The message as the channel handed it over. */
    InboundMessage message() {
        return new InboundMessage(channel, address, externalId, text, languageCode);
    }

    String languageCode() {
        return languageCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    int attempts() {
        return attempts;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }
}
