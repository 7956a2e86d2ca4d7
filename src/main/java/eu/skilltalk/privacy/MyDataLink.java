package eu.skilltalk.privacy;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One "my data" link. The link's token, its one-time code and the page's download key are stored only as
 * SHA-256 hashes, so the store never holds what opens the data.
 *
 * <pre>{"_id": "&lt;sha-256 of token&gt;", "participantId": "7f3c...", "language": "nl", "codeHash": "...", "attemptsLeft": 5,
 *  "expiresAt": "2026-11-30T10:15:00Z", "downloadKeyHash": null, "downloadUntil": null}</pre>
 *
 * @param language the client's language when they asked: the page's
 * @param codeHash the code's hash until it was used; then {@code null}
 */
@Document("my_data_links")
record MyDataLink(@Id String tokenHash, String participantId, String language, String codeHash, int attemptsLeft, Instant expiresAt,
        String downloadKeyHash, Instant downloadUntil) {
}
