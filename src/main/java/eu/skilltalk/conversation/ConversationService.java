package eu.skilltalk.conversation;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Frame;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * Where conversations enter: a client's message ({@link #accept} for channels, {@link #receive} for the
 * simulator), a coach's dialog prompt ({@link #begin}) and a reminder ({@link #remind}). Messages are stored
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
    private final Clock clock;

    ConversationService(Inbox inbox, InboundProcessor processor, Turns turns, DialogEngine engine,
            Participants participants, Outbox outbox, LocaleCatalog catalog, Clock clock) {
        this.inbox = inbox;
        this.processor = processor;
        this.turns = turns;
        this.engine = engine;
        this.participants = participants;
        this.outbox = outbox;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Stores a channel's message and processes it soon after, in order with the client's other messages.
     * Acknowledge the webhook or update only when this returns: from then on the message is not lost, even if
     * this instance dies (another instance or the next start processes it).
     *
     * @return false when the channel delivered this message before (nothing more happens)
     */
    public boolean accept(InboundMessage message) {
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
        InboxItem item = inbox.store(message).orElse(null);
        if (item == null) {
            processor.count(message.channel(), "duplicate");
            return List.of();
        }
        processor.count(message.channel(), "accepted");
        return processor.process(item.id());
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
        String language = catalog.speaks(state.language()) ? state.language() : catalog.languages().get(0);
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.of(catalog.render(language, NUDGE, Map.of())));
        replies.addAll(repeat.replies());
        return new Turn(repeat.state(), replies, repeat.events());
    }

    private Participant participant(String id) {
        return participants.findById(id).orElseThrow(() -> new NoSuchElementException("No participant " + id));
    }
}
