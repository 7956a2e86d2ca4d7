package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.participant.Participant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Completes a turn that reached a {@code results} step: the host's results go among the replies where the
 * engine said, before the turn is committed, so a turn applied again after a crash sends the same results.
 */
@Component
class ResultsSplicer {

    private final ObjectProvider<Results> results;

    ResultsSplicer(ObjectProvider<Results> results) {
        this.results = results;
    }

    Turn complete(Participant participant, Turn turn) {
        Results host = results.getIfAvailable();
        if (host == null || turn.events().stream().noneMatch(Event.ResultsDue.class::isInstance)) {
            return turn;
        }
        List<Reply> replies = new ArrayList<>(turn.replies());
        int added = 0;
        for (Event event : turn.events()) {
            if (event instanceof Event.ResultsDue due) {
                List<Reply> shown = host.replies(participant, turn.state(), turn.events(), due);
                replies.addAll(due.reply() + added, shown);
                added += shown.size();
            }
        }
        return new Turn(turn.state(), replies, turn.events());
    }
}
