package eu.skilltalk.channel.sms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two channels one Twilio account serves. Participants' addresses hold the bare E.164 number
 * ({@code sms:+31612345678}, {@code whatsapp:+31612345678}); Twilio writes WhatsApp numbers with a prefix.
 */
enum TwilioChannel {
    SMS("sms", ""),
    WHATSAPP("whatsapp", "whatsapp:");

    private final String id;
    private final String prefix;

    TwilioChannel(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    /** The channel name used in addresses and the outbox. */
    String id() {
        return id;
    }

    /** The address Twilio uses for an E.164 number on this channel. */
    String twilioAddress(String e164) {
        return prefix + e164;
    }

    /** The channel of an address as Twilio writes it ({@code +3161...} or {@code whatsapp:+3161...}). */
    static TwilioChannel of(String twilioAddress) {
        return twilioAddress.startsWith(WHATSAPP.prefix) ? WHATSAPP : SMS;
    }

    /** The number without the channel prefix. */
    String number(String twilioAddress) {
        return twilioAddress.substring(prefix.length());
    }

    static Optional<TwilioChannel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
