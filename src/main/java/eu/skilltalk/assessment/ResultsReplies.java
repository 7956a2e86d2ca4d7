package eu.skilltalk.assessment;

import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Results;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Profiles;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.ResultsStep;
import eu.skilltalk.dialog.State;
import eu.skilltalk.participant.Participant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The client's results after the self-check: their summary (computed now and stored) as messages, or their
 * sentences for a job interview.
 */
@Component
class ResultsReplies implements Results {

    /** The session variable {@code dialogs/sentences.yaml} saves the job the client applies for in. */
    static final String APPLYING_FOR = "applying_for";

    private final Summaries summaries;
    private final ResultsLinks links;
    private final SummaryMessages messages;
    private final InterviewSentences sentences;

    ResultsReplies(Summaries summaries, ResultsLinks links, Content content, AssessmentProperties properties) {
        this.summaries = summaries;
        this.links = links;
        this.messages = new SummaryMessages(content.catalog(), properties.quoteLength());
        this.sentences = new InterviewSentences(content.catalog(), messages, properties.quoteLength());
    }

    /** The session variables the growth points go in ({@code growth1} the largest gap), for the plan dialog. */
    static final List<String> GROWTH_VARIABLES = List.of("growth1", "growth2", "growth3");

    @Override
    public boolean shows(String show) {
        return ResultsStep.SUMMARY.equals(show) || ResultsStep.SENTENCES.equals(show);
    }

    @Override
    public Shown replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due) {
        List<Answered> notYetLogged = thisTurn.stream().filter(Event.AnswerRecorded.class::isInstance)
                .map(e -> Answered.of((Event.AnswerRecorded) e)).toList();
        StoredSummary stored = summaries.current(participant.id(), state.variables().get(Profiles.GOAL_VARIABLE),
                notYetLogged);
        Map<String, String> stories = summaries.stories(participant.id(), notYetLogged);
        if (ResultsStep.SENTENCES.equals(due.show())) {
            return Shown.of(sentences.replies(stored.summary(), stories, state.variables().get(APPLYING_FOR),
                    due.language()));
        }
        String chart = ResultsChart.drawable(stored.summary()) ? links.chart(stored.chartToken()) : null;
        return new Shown(messages.replies(stored.summary(), stories, due.language(), chart),
                growthVariables(stored.summary().gaps()));
    }

    /** Every growth variable: a growth point, or empty (a plan must not offer an older one). */
    private static Map<String, String> growthVariables(List<String> gaps) {
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < GROWTH_VARIABLES.size(); i++) {
            variables.put(GROWTH_VARIABLES.get(i), i < gaps.size() ? gaps.get(i) : "");
        }
        return variables;
    }
}
