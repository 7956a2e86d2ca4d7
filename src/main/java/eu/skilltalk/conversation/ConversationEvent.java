package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;

/**
 * An engine {@link Event} of one participant, published after it was stored, for other modules (results,
 * coach inbox) to react to.
 */
public record ConversationEvent(String participantId, Event event) {
}
