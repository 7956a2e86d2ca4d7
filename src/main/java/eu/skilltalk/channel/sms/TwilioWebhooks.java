package eu.skilltalk.channel.sms;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.locale.LocaleCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Twilio's webhooks. Both check the signature before anything else (403), then the parameters (400 naming
 * the one that is wrong). An inbound message is stored (in the conversation's inbox) before it is
 * acknowledged with empty TwiML; the reply goes out through the API when the message has been handled.
 *
 * <pre>POST /webhooks/twilio/sms     MessageSid=SM...&amp;From=%2B31612345678&amp;Body=2[&amp;NumMedia=0&amp;OptOutType=STOP]
 * POST /webhooks/twilio/status  MessageSid=SM...&amp;MessageStatus=delivered[&amp;ErrorCode=30003&amp;To=%2B3161...]</pre>
 */
@RestController
@RequestMapping(path = "/webhooks/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
@TwilioEnabled
class TwilioWebhooks {

    private static final Logger log = LoggerFactory.getLogger(TwilioWebhooks.class);
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final Pattern MESSAGE_SID = Pattern.compile("(SM|MM)[0-9a-f]{32}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final TwilioSignature signature;
    private final ConversationService conversations;
    private final Keywords keywords;
    private final SentMessages sent;
    private final SmsContacts contacts;
    private final TwilioProperties properties;
    private final Clock clock;

    TwilioWebhooks(TwilioSignature signature, ConversationService conversations, LocaleCatalog catalog,
            SentMessages sent, SmsContacts contacts, TwilioProperties properties, Clock clock) {
        this.signature = signature;
        this.conversations = conversations;
        this.keywords = new Keywords(catalog);
        this.sent = sent;
        this.contacts = contacts;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/sms")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        Map<String, String> form = signature.verify(request);
        String sid = messageSid(form);
        String from = required(form, "From");
        TwilioChannel channel = TwilioChannel.of(from);
        String number = PhoneNumbers.e164(channel.number(from))
                .orElseThrow(() -> invalid("From", "must be a phone number like +31612345678"));
        if (channel == TwilioChannel.WHATSAPP && !properties.whatsapp()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                    "WhatsApp is off: set skilltalk.twilio.whatsapp-from");
        }
        int media = wholeNumber(form, "NumMedia").orElse(0);
        String body = form.getOrDefault("Body", "");
        // A picture without words reaches the engine as media: it answers kindly that it reads only text.
        String text = body.isEmpty() && media > 0 ? null : body;
        InboundMessage message = new InboundMessage(channel.id(), number, sid,
                keywords.canonical(text, form.get("OptOutType")), null);
        if (!conversations.accept(message)) {
            log.info("Twilio redelivered message {}; it was taken before", sid);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    @PostMapping("/status")
    ResponseEntity<Void> status(HttpServletRequest request) {
        Map<String, String> form = signature.verify(request);
        String sid = messageSid(form);
        DeliveryStatus status = DeliveryStatus.of(required(form, "MessageStatus"))
                .orElseThrow(() -> invalid("MessageStatus", "must be one of queued, sending, sent, delivered, "
                        + "undelivered, failed, read"));
        Integer errorCode = wholeNumber(form, "ErrorCode").orElse(null);
        sent.status(sid, status, errorCode, clock.instant());
        String to = form.get("To");
        if (errorCode != null && to != null) {
            TwilioChannel channel = TwilioChannel.of(to);
            PhoneNumbers.e164(channel.number(to))
                    .ifPresent(number -> contacts.learn(channel.id() + ":" + number, errorCode, clock.instant()));
        }
        return ResponseEntity.noContent().build();
    }

    private static String messageSid(Map<String, String> form) {
        String sid = required(form, "MessageSid");
        if (!MESSAGE_SID.matcher(sid).matches()) {
            throw invalid("MessageSid", "must be SM or MM and 32 hex digits");
        }
        return sid;
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required");
        }
        return value.strip();
    }

    private static Optional<Integer> wholeNumber(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            throw invalid(name, "must be a whole number");
        }
        return Optional.of(Integer.parseInt(value.strip()));
    }

    private static ResponseStatusException invalid(String name, String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, name + ": " + reason);
    }
}
