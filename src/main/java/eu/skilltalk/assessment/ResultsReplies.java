package eu.skilltalk.assessment;

import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Results;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Profiles;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.participant.Participant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The client's results after the self-check: their summary, computed now and stored, as messages. */
@Component
class ResultsReplies implements Results {

    private final Summaries summaries;
    private final ResultsLinks links;
    private final SummaryMessages messages;

    ResultsReplies(Summaries summaries, ResultsLinks links, Content content, AssessmentProperties properties) {
        this.summaries = summaries;
        this.links = links;
        this.messages = new SummaryMessages(content.catalog(), properties.quoteLength());
    }

    @Override
    public List<Reply> replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due) {
        List<Answered> notYetLogged = thisTurn.stream().filter(Event.AnswerRecorded.class::isInstance)
                .map(e -> Answered.of((Event.AnswerRecorded) e)).toList();
        StoredSummary stored = summaries.current(participant.id(), state.variables().get(Profiles.GOAL_VARIABLE),
                notYetLogged);
        String chart = ResultsChart.drawable(stored.summary()) ? links.chart(stored.chartToken()) : null;
        return messages.replies(stored.summary(), summaries.stories(participant.id(), notYetLogged),
                due.language(), chart);
    }
}
