package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.participant.Participant;
import java.util.List;

/**
 * The client's results, computed by the host for a {@code results} step (the pure engine cannot: it sees
 * neither the answer log nor coach observations). Implemented by the assessment module.
 */
public interface Results {

    /**
     * The messages that show the client their results now.
     *
     * @param state     the session after the turn (language, saved variables such as the goal)
     * @param thisTurn  the turn's events: its answers are not in the answer log yet
     */
    List<Reply> replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due);
}
