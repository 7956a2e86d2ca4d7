package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.participant.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Completes a turn that reached a {@code results} step: the host's results go among the replies where the
 * engine said, before the turn is committed, so a turn applied again after a crash sends the same results.
 * Variables the host sets go into the committed session too.
 */
@Component
class ResultsSplicer {

    private final ObjectProvider<Results> results;

    ResultsSplicer(ObjectProvider<Results> results) {
        this.results = results;
    }

    Turn complete(Participant participant, Turn turn) {
        if (turn.events().stream().noneMatch(Event.ResultsDue.class::isInstance)) {
            return turn;
        }
        List<Reply> replies = new ArrayList<>(turn.replies());
        State state = turn.state();
        int added = 0;
        for (Event event : turn.events()) {
            if (event instanceof Event.ResultsDue due) {
                Optional<Results> host = results.orderedStream().filter(r -> r.shows(due.show())).findFirst();
                if (host.isEmpty()) {
                    continue;
                }
                Results.Shown shown = host.get().replies(participant, state, turn.events(), due);
                replies.addAll(due.reply() + added, shown.replies());
                added += shown.replies().size();
                state = state.withVariables(shown.variables());
            }
        }
        return new Turn(state, replies, turn.events());
    }
}
