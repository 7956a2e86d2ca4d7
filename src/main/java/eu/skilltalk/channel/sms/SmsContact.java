package eu.skilltalk.channel.sms;

import eu.skilltalk.dialog.Choice;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the SMS and WhatsApp channels know about one address: opted out (carrier STOP, kept until START;
 * {@code farewell} is the one queued message that may still go: the confirmation of that STOP; the last
 * opted-out time, {@code silentFrom} to {@code silentUntil}, keeps what was queued then from going later), unreachable (Twilio said the number cannot get messages) and the choices last offered, to read typed answers.
 *
 * <pre>{"_id": "sms:+31612345678", "optedOutAt": "2026-11-28T10:00:00Z", "unreachableCode": null,
 *  "offered": [{"key": "1", "label": "Yes"}, {"key": "2", "label": "No"}]}</pre>
 */
@Document("sms_contacts")
record SmsContact(@Id String address, Instant optedOutAt, String farewell, Instant silentFrom, Instant silentUntil,
        Instant unreachableAt, Integer unreachableCode, List<Choice> offered) {

    boolean optedOut() {
        return optedOutAt != null;
    }

    /**
     * Whether an opt-out stops this outbox item: while opted out, everything but the STOP confirmation
     * itself; after START, anything that was queued while the client was opted out.
     */
    boolean refuses(String outboxItemId, Instant queuedAt) {
        if (optedOut()) {
            return !outboxItemId.equals(farewell);
        }
        return silentFrom != null && !queuedAt.isBefore(silentFrom) && queuedAt.isBefore(silentUntil);
    }

    boolean unreachable() {
        return unreachableAt != null;
    }

    List<Choice> offeredChoices() {
        return offered == null ? List.of() : offered;
    }
}
