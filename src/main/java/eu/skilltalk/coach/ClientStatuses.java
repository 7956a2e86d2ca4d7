package eu.skilltalk.coach;

import eu.skilltalk.cohort.CohortProperties;
import eu.skilltalk.cohort.Members;
import eu.skilltalk.cohort.ModuleProgress;
import eu.skilltalk.cohort.ProgressLog;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Frame;
import eu.skilltalk.dialog.Question;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.dialog.Step;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds {@link ClientStatus}es from the sessions, the module progress and the enrolments. */
@Component
class ClientStatuses {

    /** Answers in a row the current question could not take before a client counts as stuck on it. */
    static final int STUCK_MISSES = 2;
    /** The session variable onboarding saves the client's chosen name in. */
    static final String NAME = "name";

    private final ConversationService conversations;
    private final ProgressLog progress;
    private final Members members;
    private final DialogEngine engine;
    private final CohortProperties properties;
    private final Clock clock;

    ClientStatuses(ConversationService conversations, ProgressLog progress, Members members, DialogEngine engine,
            CohortProperties properties, Clock clock) {
        this.conversations = conversations;
        this.progress = progress;
        this.members = members;
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
    }

    List<ClientStatus> of(List<Participant> clients) {
        List<String> ids = clients.stream().map(Participant::id).toList();
        Map<String, State> states = conversations.states(ids);
        Map<String, ModuleProgress> modules = progress.of(ids);
        Map<String, Instant> joined = members.joinedAt(ids);
        Instant stuckBefore = clock.instant().minus(properties.stuckAfter());
        return clients.stream().map(p -> status(p, states.get(p.id()), modules.get(p.id()), joined.get(p.id()),
                stuckBefore)).toList();
    }

    /** What these clients asked to be called, by participant id (clients without a name are missing). */
    Map<String, String> names(Collection<String> participantIds) {
        Map<String, String> names = new HashMap<>();
        conversations.states(participantIds).forEach((id, state) -> {
            if (state.variables().containsKey(NAME)) {
                names.put(id, state.variables().get(NAME));
            }
        });
        return names;
    }

    ClientStatus of(Participant client) {
        return of(List.of(client)).get(0);
    }

    private ClientStatus status(Participant client, State state, ModuleProgress modules, Instant joinedAt,
            Instant stuckBefore) {
        Status status = state == null ? Status.NEW : state.status();
        Frame frame = state == null ? null : state.current();
        String question = null;
        if (frame != null && engine.dialogs().has(frame.dialog())) {
            Step step = engine.dialogs().get(frame.dialog()).step(frame.step());
            question = step instanceof Question q ? q.text() : null;
        }
        boolean waiting = frame != null && (status == Status.ACTIVE || status == Status.PAUSED);
        boolean stuck = waiting && (state.misses() >= STUCK_MISSES
                || (client.lastSeenAt() != null && client.lastSeenAt().isBefore(stuckBefore)));
        return new ClientStatus(client, state == null ? null : state.variables().get(NAME), joinedAt, status.name(), frame == null ? null : frame.dialog(),
                frame == null ? null : frame.step(), question, ClientStatus.finished(modules), stuck);
    }
}
