package eu.skilltalk.channel.sms;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Twilio account behind the SMS and WhatsApp channels; both are off while the account SID, auth token
 * or sender is unset.
 *
 * @param accountSid   {@code AC...}
 * @param authToken    authenticates API calls and signs webhooks; set it from the environment only
 * @param from         SMS sender: a phone number in E.164 or a Messaging Service SID ({@code MG...})
 * @param apiUrl       Twilio REST base; another scheme, host and port for tests or compatible gateways (no path)
 * @param whatsappFrom WhatsApp sender (E.164, with or without {@code whatsapp:}, or {@code MG...}); WhatsApp is
 *                     off while it is unset
 */
@ConfigurationProperties("skilltalk.twilio")
record TwilioProperties(String accountSid, String authToken, String from,
        @DefaultValue("https://api.twilio.com") URI apiUrl, String whatsappFrom) {

    static final URI TWILIO = URI.create("https://api.twilio.com");

    boolean configured() {
        return present(accountSid) && present(authToken) && present(from);
    }

    boolean whatsapp() {
        return configured() && present(whatsappFrom);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
