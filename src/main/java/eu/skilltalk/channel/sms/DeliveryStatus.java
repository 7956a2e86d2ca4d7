package eu.skilltalk.channel.sms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an outbound message stands, as Twilio reports it. Callbacks can arrive out of order, so each status
 * has a rank and a report never moves a message back.
 */
enum DeliveryStatus {
    ACCEPTED(0), SCHEDULED(0), QUEUED(1), SENDING(2), SENT(3), DELIVERED(4), UNDELIVERED(4), FAILED(4),
    CANCELED(4), PARTIALLY_DELIVERED(4), READ(5);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    int rank() {
        return rank;
    }

    /** Twilio's word for it, e.g. {@code delivered}. */
    String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DeliveryStatus> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
