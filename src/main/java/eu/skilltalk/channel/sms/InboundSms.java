package eu.skilltalk.channel.sms;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's message as Twilio delivered it, stored before the webhook is answered and removed once handled,
 * so an acknowledged message survives a restart. Keyed by Twilio's MessageSid.
 *
 * <pre>{"_id": "SM0123...", "channel": "sms", "number": "+31612345678", "text": "2", "optOutType": null,
 *  "receivedAt": "2026-11-28T10:00:00Z", "leaseUntil": null, "attempts": 0}</pre>
 *
 * @param text       the body, or {@code null} for a picture or other media without words
 * @param optOutType Twilio's own reading of a keyword ({@code STOP}, {@code START}, {@code HELP}) when the
 *                   account's opt-out management is on, else {@code null}
 * @param leaseUntil while set and in the future, one worker is handling it
 */
@Document("sms_inbox")
record InboundSms(@Id String sid, String channel, String number, String text, String optOutType,
        @Indexed Instant receivedAt, Instant leaseUntil, int attempts) {

    /** The participant address, e.g. {@code sms:+31612345678}. */
    String address() {
        return channel + ":" + number;
    }
}
