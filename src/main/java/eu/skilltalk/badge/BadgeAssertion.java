package eu.skilltalk.badge;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One awarded badge. It keeps the recipient only as a salted hash; once the holder's data is erased the
 * participant, hash and salt are gone and only the revoked badge's id, class and dates remain.
 *
 * <pre>{"id": "k3v9q2x7m4p8w6tz", "participantId": "7f3c...", "badgeClass": "working-with-others", "language": "nl",
 *  "recipientType": "telephone", "recipientHash": "sha256$0f4c...", "salt": "9b1e...",
 *  "issuedOn": "2026-11-30T10:00:00Z", "awardedBy": "marie", "messaged": true,
 *  "revokedAt": null, "revocationReason": null, "revokedBy": null}</pre>
 *
 * @param language  the client's language when awarded: the badge class document the assertion points to
 * @param messaged  whether the client was sent the link (not when they had said stop)
 */
@Document("badge_assertions")
record BadgeAssertion(@Id String id, @Indexed String participantId, String badgeClass, String language,
        String recipientType, String recipientHash, String salt, Instant issuedOn, String awardedBy, boolean messaged,
        Instant revokedAt, String revocationReason, String revokedBy) {

    /** Public, like the record's accessors, for the page templates. */
    public boolean revoked() {
        return revokedAt != null;
    }
}
