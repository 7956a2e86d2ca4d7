package eu.skilltalk.badge;

import eu.skilltalk.participant.Participant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a badge is for, as Open Badges 2.0 names a recipient: an email address when a coach added one, else
 * the phone number (E.164) of SMS and WhatsApp clients, else a stable link made for the client. Badges
 * only ever carry it hashed with a salt of their own: {@code sha256$} + hex(SHA-256(identity + salt)).
 */
@Component
class Recipients {

    private static final Set<String> PHONE_CHANNELS = Set.of("sms", "whatsapp");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int TOKEN_LENGTH = 24;

    /** A recipient identity in the clear: {@code email}, {@code telephone} or {@code url}, and its value. */
    record Identity(String type, String value) {

        /** The hashed identity for this salt, e.g. {@code sha256$5e8f...}. */
        String hash(String salt) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((value + salt).getBytes(StandardCharsets.UTF_8));
                return "sha256$" + HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java has SHA-256", e);
            }
        }
    }

    private final MongoTemplate mongo;
    private final BadgeLinks links;

    Recipients(MongoTemplate mongo, BadgeLinks links) {
        this.mongo = mongo;
        this.links = links;
    }

    /** The client's identity for a new badge, remembering {@code email} (when given) for later badges too. */
    Identity forAward(Participant client, String email) {
        BadgeRecipient recipient = mongo.findById(client.id(), BadgeRecipient.class);
        if (recipient == null) {
            recipient = create(client.id());
        }
        if (email != null && !email.isBlank()) {
            recipient = mongo.save(recipient.withEmail(email.strip().toLowerCase(Locale.ROOT)));
        }
        return identity(client, recipient);
    }

    /** The identity the client's badges use now, or empty before their first badge. */
    Optional<Identity> current(Participant client) {
        return Optional.ofNullable(mongo.findById(client.id(), BadgeRecipient.class)).map(r -> identity(client, r));
    }

    /** Forgets how badges name the client (their email and link token), for erasure. */
    void forget(String participantId) {
        BadgeRecipient recipient = mongo.findById(participantId, BadgeRecipient.class);
        if (recipient != null) {
            mongo.remove(recipient);
        }
    }

    private Identity identity(Participant client, BadgeRecipient recipient) {
        if (recipient.email() != null) {
            return new Identity("email", recipient.email());
        }
        if (PHONE_CHANNELS.contains(client.channel()) && E164.matcher(client.channelAddress()).matches()) {
            return new Identity("telephone", client.channelAddress());
        }
        return new Identity("url", links.recipient(recipient.token()));
    }

    private BadgeRecipient create(String participantId) {
        try {
            return mongo.insert(new BadgeRecipient(participantId, RandomIds.id(TOKEN_LENGTH), null));
        } catch (DuplicateKeyException e) {
            // Another award for this client made it first: use theirs, so the link stays one per client.
            return mongo.findById(participantId, BadgeRecipient.class);
        }
    }
}
