package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.participant.Participant;
import java.util.List;
import java.util.Map;

/**
 * The client's results, computed by the host for a {@code results} step (the pure engine cannot: it sees
 * neither the answer log nor coach observations). Implemented by the assessment module (summary, sentences)
 * and the plan module (action plan, follow-ups); each says which {@code show}s it serves.
 */
public interface Results {

    /** Whether this host serves a {@code results} step with this {@code show}. */
    boolean shows(String show);

    /**
     * The messages that show the client their results now.
     *
     * @param state     the session after the turn (language, saved variables such as the goal)
     * @param thisTurn  the turn's events: its answers are not in the answer log yet
     */
    Shown replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due);

    /**
     * What a results step shows, and the session variables it sets for the steps of later turns (such as the
     * growth points a plan dialog offers).
     */
    record Shown(List<Reply> replies, Map<String, String> variables) {

        public Shown {
            replies = List.copyOf(replies);
            variables = Map.copyOf(variables);
        }

        public static Shown of(List<Reply> replies) {
            return new Shown(replies, Map.of());
        }
    }
}
