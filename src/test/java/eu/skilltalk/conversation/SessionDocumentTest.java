package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.State;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session remembers the keys of its last turns, so a message or job seen again runs no second turn. */
class SessionDocumentTest {

    private static final Instant AT = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void theLastFiftyTurnsAreRememberedAndOlderOnesForgotten() {
        SessionDocument session = new SessionDocument("p1", State.fresh("en"), AT);
        for (int turn = 0; turn <= SessionDocument.RECENT_KEYS; turn++) {
            session.commit(State.fresh("en"), turn("sms:SM" + turn));
        }

        assertThat(session.handled("sms:SM0")).as("51 turns ago").isFalse();
        assertThat(session.handled("sms:SM1")).isTrue();
        assertThat(session.handled("sms:SM" + SessionDocument.RECENT_KEYS)).isTrue();
        assertThat(session.handled("sms:SM" + (SessionDocument.RECENT_KEYS + 1))).as("never seen").isFalse();
    }

    private static PendingTurn turn(String key) {
        return new PendingTurn(key, List.of(), List.of(), "en", AT, AT);
    }
}
