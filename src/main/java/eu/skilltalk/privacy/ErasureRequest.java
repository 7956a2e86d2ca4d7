package eu.skilltalk.privacy;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's "delete me", kept in the store so it survives a restart: asked (waiting for the client's yes)
 * or confirmed (erased by {@link Erasures} once the goodbye went out). Keyed by participant id.
 *
 * <pre>{"_id": "7f3c...", "askedAt": "2026-11-30T10:00:00Z", "confirmedAt": null}</pre>
 */
@Document("erasure_requests")
record ErasureRequest(@Id String participantId, Instant askedAt, Instant confirmedAt) {

    boolean confirmed() {
        return confirmedAt != null;
    }
}
