package eu.skilltalk.conversation;

import eu.skilltalk.dialog.State;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's session: the engine's {@link State}, stored under the participant's id. The version makes
 * two instances that handle the same client at once notice it (the later save fails and retries).
 */
@Document("sessions")
class SessionDocument {

    @Id
    private String participantId;
    private State state;
    private Instant updatedAt;
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

    void update(State state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }
}
