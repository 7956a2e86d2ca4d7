package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;

/**
 * An engine {@link Event} of one participant, published after it was stored, for other modules (results,
 * coach inbox) to react to.
 *
 * @param consented whether the participant had given consent once the turn was applied (consent given in the
 *        same turn counts), so that a listener keeping personal data need not read the participant again
 */
public record ConversationEvent(String participantId, Event event, boolean consented) {
}
