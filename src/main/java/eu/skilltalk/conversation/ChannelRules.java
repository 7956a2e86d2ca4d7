package eu.skilltalk.conversation;

import java.util.Optional;

/**
 * A channel's own rules for its clients' messages, such as carrier keywords (STOP wins over any question)
 * or reading a typed answer against the choices that channel showed. Applied when a stored message is
 * processed, in the client's lane, before diversions and the engine.
 *
 * <p>A message can be processed again after a crash, so a rule's effects must be repeatable: key what it
 * queues in the outbox by the message's external id.
 */
public interface ChannelRules {

    /** Whether these rules are for messages of this channel. */
    boolean covers(String channel);

    /**
     * The message the conversation goes on with (its text may be rewritten), or empty when the channel dealt
     * with it itself.
     */
    Optional<InboundMessage> apply(InboundMessage message);
}
