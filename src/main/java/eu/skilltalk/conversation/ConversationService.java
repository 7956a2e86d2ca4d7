package eu.skilltalk.conversation;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Frame;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.limits.InboundLimit;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Where conversations enter: a client's message ({@link #accept} for channels, {@link #receive} for the
 * simulator), a coach's dialog prompt ({@link #begin}), a reminder ({@link #remind}) and a question asked
 * again after a coach's chat ({@link #repeat}). {@link Diversion}s (join codes, messages for the coach) see a
 * client's message before the engine. Messages are stored
 * before anything else happens, and every turn runs exactly once (see {@link Turns}); the engine decides,
 * this module only loads and stores.
 */
@Service
public class ConversationService {

    /** Locale key of the line that opens a reminder, before the question comes again. */
    static final String NUDGE = "reminder.nudge";

    private final Inbox inbox;
    private final InboundProcessor processor;
    private final Turns turns;
    private final DialogEngine engine;
    private final Participants participants;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Sessions sessions;
    private final Clock clock;
    private final InboundLimit limit;

    ConversationService(Inbox inbox, InboundProcessor processor, Turns turns, DialogEngine engine,
            Participants participants, Outbox outbox, LocaleCatalog catalog, Sessions sessions, Clock clock,
            InboundLimit limit) {
        this.inbox = inbox;
        this.processor = processor;
        this.turns = turns;
        this.engine = engine;
        this.participants = participants;
        this.outbox = outbox;
        this.catalog = catalog;
        this.sessions = sessions;
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Stores a channel's message and processes it soon after, in order with the client's other messages.
     * Acknowledge the webhook or update only when this returns: from then on the message is not lost, even if
     * this instance dies (another instance or the next start processes it).
     *
     * A sender over their rate limit has the message dropped unread (see {@link InboundLimit}).
     *
     * @return false when the channel delivered this message before (nothing more happens)
     */
    public boolean accept(InboundMessage message) {
        if (limited(message).isPresent()) {
            return true;
        }
        InboxItem item = inbox.store(message).orElse(null);
        if (item == null) {
            processor.count(message.channel(), "duplicate");
            return false;
        }
        processor.count(message.channel(), "accepted");
        processor.submit(item);
        return true;
    }

    /** Stores and handles one message now, and returns the replies it produced (already queued and sent). */
    public List<Reply> receive(InboundMessage message) {
        Optional<List<Reply>> refused = limited(message);
        if (refused.isPresent()) {
            return refused.get();
        }
        InboxItem item = inbox.store(message).orElse(null);
        if (item == null) {
            processor.count(message.channel(), "duplicate");
            return List.of();
        }
        processor.count(message.channel(), "accepted");
        return processor.process(item);
    }

    private Optional<List<Reply>> limited(InboundMessage message) {
        Optional<List<Reply>> refused = limit.refuse(message.channel(), message.address(), message.text(),
                message.languageCode());
        refused.ifPresent(told -> processor.count(message.channel(), "limited"));
        return refused;
    }

    /**
     * Starts a dialog for a client (a coach's prompt), leaving any unfinished question behind, and sends its
     * first messages. Doing it again with the same key does nothing.
     *
     * @param key identifies this prompt for this client, e.g. the job's id
     */
    public List<Reply> begin(String participantId, String dialog, String key) {
        Participant participant = participant(participantId);
        Instant now = clock.instant();
        List<Reply> replies = turns.run(participant, key, now, false, state -> engine.begin(state, dialog, now));
        outbox.sendNow(participantId);
        return replies;
    }

    /**
     * Starts {@code dialog} for a client now (a coach's prompt), unless they said stop.
     *
     * @return whether the client got it
     */
    public boolean begin(String participantId, String dialog) {
        return reachable(participantId)
                .map(p -> !begin(p.id(), dialog, "begin:" + UUID.randomUUID()).isEmpty()).orElse(false);
    }

    /**
     * Asks a client their current question again, after what {@code lead} says in their language (a coach
     * closing a chat), unless they said stop.
     *
     * @return whether the client got it
     */
    public boolean repeat(String participantId, Function<String, List<Reply>> lead) {
        Optional<Participant> participant = reachable(participantId);
        if (participant.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        List<Reply> replies = turns.run(participant.get(), "repeat:" + UUID.randomUUID(), now, false, state -> {
            Turn repeat = engine.repeat(state, now);
            List<Reply> all = new ArrayList<>(lead.apply(catalog.readable(state.language())));
            all.addAll(repeat.replies());
            return new Turn(repeat.state(), all, repeat.events());
        });
        outbox.sendNow(participantId);
        return !replies.isEmpty();
    }

    /** The current sessions of these clients, by participant id; clients who never wrote have none. */
    public Map<String, State> states(Collection<String> participantIds) {
        Map<String, State> states = new HashMap<>();
        sessions.findAllById(participantIds).forEach(s -> states.put(s.participantId(), s.state()));
        return states;
    }

    private Optional<Participant> reachable(String participantId) {
        return participants.findById(participantId).filter(p -> !p.stopped());
    }

    /** What a reminder did. */
    public sealed interface Reminder {
        /** The client got a nudge and the open question again. */
        record Sent() implements Reminder {
        }

        /** Nothing to remind: the dialog is finished, was never started, or the client paused or stopped. */
        record NotNeeded() implements Reminder {
        }

        /** The client wrote recently; remind them at {@code at} if they are quiet until then. */
        record Later(Instant at) implements Reminder {
        }
    }

    /**
     * Nudges a client who has left {@code dialog} unfinished and been quiet for {@code quietFor}: a short line
     * in their language, then the open question again. Doing it again with the same key does nothing.
     */
    public Reminder remind(String participantId, String dialog, Duration quietFor, String key) {
        Participant participant = participant(participantId);
        Instant now = clock.instant();
        AtomicReference<Reminder> outcome = new AtomicReference<>(new Reminder.NotNeeded());
        turns.run(participant, key, now, false, state -> {
            if (state.status() != Status.ACTIVE || state.stack().stream().map(Frame::dialog).noneMatch(dialog::equals)) {
                return null;
            }
            Instant quietSince = state.lastInputAt();
            if (quietSince != null && quietSince.plus(quietFor).isAfter(now)) {
                outcome.set(new Reminder.Later(quietSince.plus(quietFor)));
                return null;
            }
            outcome.set(new Reminder.Sent());
            return nudge(state, engine.repeat(state, now));
        });
        outbox.sendNow(participantId);
        return outcome.get();
    }

    private Turn nudge(State state, Turn repeat) {
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(catalog.render(catalog.readable(state.language()), NUDGE, Map.of())));
        replies.addAll(repeat.replies());
        return new Turn(repeat.state(), replies, repeat.events());
    }


    private Participant participant(String id) {
        return participants.findById(id).orElseThrow(() -> new NoSuchElementException("No participant " + id));
    }
}
