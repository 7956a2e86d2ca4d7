package eu.skilltalk.badge;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How badges name one client, keyed by participant id: a random token for their stable recipient link, and
 * an email address once a coach adds one (then badges use the email instead).
 *
 * <pre>{"id": "7f3c...", "token": "q8d2...", "email": null}</pre>
 */
@Document("badge_recipients")
record BadgeRecipient(@Id String id, String token, String email) {

    BadgeRecipient withEmail(String newEmail) {
        return new BadgeRecipient(id, token, newEmail);
    }
}
