package eu.skilltalk.conversation;

import eu.skilltalk.dialog.State;
import eu.skilltalk.participant.Sha256;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's session: the engine's {@link State}, stored under the participant's id. Saving it is the commit
 * point of a turn: the same write stores the turn's key (so the turn never runs twice) and what the turn
 * produced until that is applied (so a crash right after the save loses nothing). The version makes two
 * instances that handle the same client at once notice it (the later save fails and retries).
 */
@Document("sessions")
class SessionDocument {

    /** Keys of recent turns; a message or job is handled again only after this many newer turns. */
    static final int RECENT_KEYS = 50;
    /** Bytes kept of a key's hash: two keys of one client share them with odds of 50 in 2^64. */
    private static final int FINGERPRINT = 8;

    @Id
    private String participantId;
    private State state;
    private Instant updatedAt;
    /**
     * The first {@value #FINGERPRINT} bytes of the SHA-256 of each recent turn's key, oldest first: a fifth of
     * the keys' own size (a Twilio message key is 38 characters), and the session is written twice a turn.
     */
    private byte[] recentTurns = new byte[0];
    /** Keys as sessions stored them before {@link #recentTurns}; dropped at the next save. */
    private List<String> recentKeys;
    private PendingTurn pending;
    @Version
    private Long version;

    SessionDocument(String participantId, State state, Instant updatedAt) {
        this.participantId = participantId;
        this.state = state;
        this.updatedAt = updatedAt;
    }

    String participantId() {
        return participantId;
    }

    State state() {
        return state;
    }

    /** The last turn when it may not have been applied yet (its instance may have died), else null. */
    PendingTurn pending() {
        return pending;
    }

    boolean handled(String key) {
        if (recentKeys != null && recentKeys.contains(key)) {
            return true;
        }
        byte[] fingerprint = fingerprint(key);
        for (int at = 0; recentTurns != null && at < recentTurns.length; at += FINGERPRINT) {
            if (Arrays.equals(recentTurns, at, at + FINGERPRINT, fingerprint, 0, FINGERPRINT)) {
                return true;
            }
        }
        return false;
    }

    /** Takes the turn's new state and what it produced, to be saved in one write. */
    void commit(State state, PendingTurn turn) {
        this.state = state;
        this.updatedAt = turn.at();
        this.pending = turn;
        byte[] kept = recentTurns == null ? new byte[0] : recentTurns;
        if (recentKeys != null) {
            for (String key : recentKeys) {
                kept = append(kept, fingerprint(key));
            }
            recentKeys = null;
        }
        recentTurns = append(kept, fingerprint(turn.key()));
    }

    /** {@code fingerprints} with {@code one} after them, the oldest dropped beyond {@link #RECENT_KEYS}. */
    private static byte[] append(byte[] fingerprints, byte[] one) {
        int keep = Math.min(fingerprints.length, (RECENT_KEYS - 1) * FINGERPRINT);
        byte[] next = Arrays.copyOfRange(fingerprints, fingerprints.length - keep, fingerprints.length + FINGERPRINT);
        System.arraycopy(one, 0, next, keep, FINGERPRINT);
        return next;
    }

    private static byte[] fingerprint(String key) {
        return Arrays.copyOf(Sha256.digest(key), FINGERPRINT);
    }
}
