package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import java.time.Instant;
import java.util.List;

/**
 * What a committed turn produced and still has to be applied: replies for the outbox, events for the answer
 * log and the participant. Applying it twice changes nothing (answers and replies have ids derived from the
 * key), so it is applied again whenever it might not have been.
 *
 * @param key        the message or job this turn answered
 * @param language   the session's language after the turn
 * @param lastSeenAt when the client wrote, or {@code null} for a turn the service started (prompt, reminder)
 * @param at         when the turn happened
 */
record PendingTurn(String key, List<Reply> replies, List<Event> events, String language, Instant lastSeenAt,
        Instant at) {
}
