package eu.skilltalk.badge;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client holds a badge class: keyed {@code <participantId>:<badgeClass>}, so the store's unique {@code _id}
 * lets only one of two simultaneous awards through. Revoking a badge removes it, so the class can be
 * awarded again.
 *
 * <pre>{"id": "7f3c...:working-with-others", "assertionId": "k3v9q2x7m4p8w6tz"}</pre>
 */
@Document("badge_held")
record HeldBadge(@Id String id, String assertionId) {

    static String key(String participantId, String badgeClass) {
        return participantId + ":" + badgeClass;
    }
}
