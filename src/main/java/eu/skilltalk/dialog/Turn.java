package eu.skilltalk.dialog;

import java.util.List;

/** What one input produced: the new state, the replies to send (in order) and the events to persist. */
public record Turn(State state, List<Reply> replies, List<Event> events) {

    public Turn {
        replies = List.copyOf(replies);
        events = List.copyOf(events);
    }
}
