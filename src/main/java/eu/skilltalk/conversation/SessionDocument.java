package eu.skilltalk.conversation;

import eu.skilltalk.dialog.State;
import java.time.Instant;
import java.util.ArrayList;
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

    @Id
    private String participantId;
    private State state;
    private Instant updatedAt;
    private List<String> recentKeys = new ArrayList<>();
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
        return recentKeys != null && recentKeys.contains(key);
    }

    /** Takes the turn's new state and what it produced, to be saved in one write. */
    void commit(State state, PendingTurn turn) {
        this.state = state;
        this.updatedAt = turn.at();
        this.pending = turn;
        if (recentKeys == null) {
            recentKeys = new ArrayList<>();
        }
        recentKeys.add(turn.key());
        if (recentKeys.size() > RECENT_KEYS) {
            recentKeys.remove(0);
        }
    }
}
