package eu.skilltalk.channel.sms;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message handed to Twilio, keyed by its SID: which outbox item (and which part of a split text) it
 * carried, what it costs, and the latest status Twilio reported. Holds no text and no number.
 *
 * <pre>{"_id": "SM0123...", "channel": "sms", "participantId": "7f3c...", "cohortId": "c1",
 *  "outboxItemId": "a1b2...", "part": 0, "encoding": "GSM7", "segments": 1, "status": "delivered",
 *  "rank": 4, "errorCode": null, "sentAt": "2026-11-28T10:00:01Z", "statusAt": "2026-11-28T10:00:04Z"}</pre>
 *
 * @param segments SMS segments billed; 0 on WhatsApp, which is not billed by segment
 */
@Document("sms_messages")
record SentMessage(@Id String sid, String channel, String participantId, String cohortId,
        @Indexed String outboxItemId, int part, String encoding, int segments, String status, int rank,
        Integer errorCode, @Indexed Instant sentAt, Instant statusAt) {
}
