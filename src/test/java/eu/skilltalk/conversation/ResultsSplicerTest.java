package eu.skilltalk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The host's results go exactly where the engine's results step was, between the replies around it. */
class ResultsSplicerTest {

    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");
    private static final Participant CLIENT = new Participant("p1", "simulator", "simulator:abc", "en", AT);

    @Test
    void theResultsGoBetweenTheRepliesBeforeAndAfterTheStep() {
        Results host = host("summary", (participant, due) -> List.of(Reply.of("strengths of " + participant.id()),
                Reply.of("chart in " + due.language())));
        Turn turn = new Turn(State.fresh("en"), List.of(Reply.of("thanks"), Reply.of("bye")),
                List.of(new Event.ResultsDue("selfcheck", "results", "summary", "en", 1, AT)));

        Turn completed = splicer(host).complete(CLIENT, turn);

        assertThat(completed.replies()).extracting(Reply::text)
                .containsExactly("thanks", "strengths of p1", "chart in en", "bye");
        assertThat(completed.events()).isEqualTo(turn.events());
    }

    @Test
    void aTurnWithoutAResultsStepOrWithoutAHostIsLeftAsItIs() {
        Turn plain = new Turn(State.fresh("en"), List.of(Reply.of("hi")), List.of());
        Turn due = new Turn(State.fresh("en"), List.of(Reply.of("hi")),
                List.of(new Event.ResultsDue("selfcheck", "results", "summary", "en", 1, AT)));

        assertThat(splicer(host("summary", (p, d) -> List.of(Reply.of("results")))).complete(CLIENT, plain))
                .isSameAs(plain);
        assertThat(new ResultsSplicer(new StaticListableBeanFactory().getBeanProvider(Results.class))
                .complete(CLIENT, due).replies()).isEqualTo(due.replies());
        assertThat(splicer(host("plan", (p, d) -> List.of(Reply.of("plan")))).complete(CLIENT, due).replies())
                .as("a host that does not show summaries").isEqualTo(due.replies());
    }

    @Test
    void theVariablesTheHostSetsAreCommittedWithTheTurn() {
        Results host = new Results() {
            @Override
            public boolean shows(String show) {
                return true;
            }

            @Override
            public Shown replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due) {
                return new Shown(List.of(), Map.of("growth1", "entrecomp.3.2"));
            }
        };
        Turn due = new Turn(State.fresh("en"), List.of(),
                List.of(new Event.ResultsDue("selfcheck", "results", "summary", "en", 0, AT)));

        assertThat(splicer(host).complete(CLIENT, due).state().variables()).containsEntry("growth1", "entrecomp.3.2");
    }

    /** A host for one {@code show} that sets no variables. */
    private static Results host(String shows, BiFunction<Participant, Event.ResultsDue, List<Reply>> replies) {
        return new Results() {
            @Override
            public boolean shows(String show) {
                return show.equals(shows);
            }

            @Override
            public Shown replies(Participant participant, State state, List<Event> thisTurn, Event.ResultsDue due) {
                return Shown.of(replies.apply(participant, due));
            }
        };
    }

    private static ResultsSplicer splicer(Results host) {
        return new ResultsSplicer(new StaticListableBeanFactory(Map.of("results", host))
                .getBeanProvider(Results.class));
    }
}
