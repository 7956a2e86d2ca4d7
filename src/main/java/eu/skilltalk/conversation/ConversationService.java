package eu.skilltalk.conversation;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Input;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.locale.LocaleCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Takes a client's message through the engine: dedupe, participant and session, {@link Diversion diversions}
 * (join codes, messages for the coach), engine turn, then store the answers, the session and the replies
 * (outbox) and send them. Coaches start dialogs and reminders through it too. The engine decides; this
 * class only loads and stores.
 */
@Service
public class ConversationService {

    /** Longer texts are cut before anything else sees them; no question takes more. */
    static final int MAX_TEXT = 4096;
    private static final int SAVE_ATTEMPTS = 5;

    private final DialogEngine engine;
    private final Participants participants;
    private final Sessions sessions;
    private final Answers answers;
    private final InboundReceipts receipts;
    private final Outbox outbox;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final LocaleCatalog catalog;
    private final ObjectProvider<Diversion> diversions;
    private final ParticipantLocks locks = new ParticipantLocks();

    ConversationService(DialogEngine engine, Participants participants, Sessions sessions, Answers answers,
            InboundReceipts receipts, Outbox outbox, ApplicationEventPublisher publisher, Clock clock, MongoTemplate mongo,
            LocaleCatalog catalog, ObjectProvider<Diversion> diversions) {
        this.engine = engine;
        this.participants = participants;
        this.sessions = sessions;
        this.answers = answers;
        this.receipts = receipts;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.mongo = mongo;
        this.catalog = catalog;
        this.diversions = diversions;
    }

    /** Handles one message and returns the replies it produced (already queued for sending). */
    public List<Reply> receive(InboundMessage message) {
        Instant now = clock.instant();
        if (message.externalId() != null && !firstTime(message, now)) {
            return List.of();
        }
        String address = Participant.address(message.channel(), message.address());
        Handled handled = locks.inOrder(address, () -> retrying(() -> handle(message, address, now)));
        outbox.sendNow(handled.participantId());
        return handled.replies();
    }

    /**
     * Starts {@code dialog} for a client now (a coach's prompt), unless they said stop.
     *
     * @return whether the client got it
     */
    public boolean begin(String participantId, String dialog) {
        return drive(participantId, language -> List.of(), (state, now) -> engine.begin(state, dialog, now));
    }

    /**
     * Asks a client their current question again, after what {@code lead} says in their language (a
     * reminder, a coach closing a chat), unless they said stop.
     *
     * @return whether the client got it
     */
    public boolean repeat(String participantId, Function<String, List<Reply>> lead) {
        return drive(participantId, lead, engine::repeat);
    }

    /** The current sessions of these clients, by participant id; clients who never wrote have none. */
    public Map<String, State> states(Collection<String> participantIds) {
        Map<String, State> states = new HashMap<>();
        sessions.findAllById(participantIds).forEach(s -> states.put(s.participantId(), s.state()));
        return states;
    }

    private record Handled(String participantId, List<Reply> replies) {
    }

    private boolean firstTime(InboundMessage message, Instant now) {
        try {
            receipts.insert(new InboundReceipt(message.channel() + ":" + message.externalId(), now));
            return true;
        } catch (DuplicateKeyException alreadyTaken) {
            return false;
        }
    }

    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException otherInstanceWasFaster) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw otherInstanceWasFaster;
                }
            }
        }
    }

    private Handled handle(InboundMessage message, String address, Instant now) {
        Participant participant = participantFor(message, address, now);
        SessionDocument session = sessionOf(participant, now);
        String text = message.text() == null || message.text().length() <= MAX_TEXT ? message.text()
                : message.text().substring(0, MAX_TEXT);
        String hint = primaryLanguage(message.languageCode());
        Optional<Diversion.Diverted> diverted = text == null ? Optional.empty()
                : divert(participant, text, readingLanguage(session.state(), hint), now);
        List<Reply> replies = new ArrayList<>(diverted.map(Diversion.Diverted::replies).orElse(List.of()));
        if (diverted.isPresent() && !diverted.get().resume()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(participant.id())),
                    new Update().set("lastSeenAt", now), Participant.class);
        } else {
            // A diverted message is no answer: a waiting question is asked again, anything else goes on as usual.
            Turn turn = diverted.isPresent() && session.state().status() == Status.ACTIVE
                    ? engine.repeat(session.state(), now)
                    : engine.advance(session.state(), new Input(text, hint, now));
            replies.addAll(store(participant, session, turn, now, true));
        }
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), replies, now);
        return new Handled(participant.id(), replies);
    }

    private Optional<Diversion.Diverted> divert(Participant participant, String text, String language, Instant now) {
        return diversions.orderedStream().map(d -> d.divert(participant, text, language, now))
                .flatMap(Optional::stream).findFirst();
    }

    /** The language a client reads now: the session's, else the channel's hint, else the fallback. */
    private String readingLanguage(State state, String hint) {
        if (catalog.speaks(state.language())) {
            return state.language();
        }
        return catalog.speaks(hint) ? hint : catalog.languages().get(0);
    }

    private boolean drive(String participantId, Function<String, List<Reply>> lead,
            BiFunction<State, Instant, Turn> step) {
        Optional<Participant> found = participants.findById(participantId);
        if (found.isEmpty() || found.get().stopped()) {
            return false;
        }
        boolean sent = locks.inOrder(found.get().address(), () -> retrying(() -> {
            // Read again inside the lock: the client may have said stop meanwhile.
            Participant participant = participants.findById(participantId).orElseThrow();
            if (participant.stopped()) {
                return false;
            }
            Instant now = clock.instant();
            SessionDocument session = sessionOf(participant, now);
            Turn turn = step.apply(session.state(), now);
            List<Reply> replies = new ArrayList<>(lead.apply(readingLanguage(session.state(), null)));
            replies.addAll(store(participant, session, turn, now, false));
            outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), replies, now);
            return true;
        }));
        if (sent) {
            outbox.sendNow(participantId);
        }
        return sent;
    }

    private SessionDocument sessionOf(Participant participant, Instant now) {
        return sessions.findById(participant.id())
                .orElseGet(() -> new SessionDocument(participant.id(), State.fresh(participant.language()), now));
    }

    /** Saves the turn's session and facts, publishes its events and returns its replies. */
    private List<Reply> store(Participant participant, SessionDocument session, Turn turn, Instant now,
            boolean clientWrote) {
        session.update(turn.state(), now);
        sessions.save(session);
        apply(participant, turn, now, clientWrote);
        turn.events().forEach(e -> publisher.publishEvent(new ConversationEvent(participant.id(), e)));
        return turn.replies();
    }

    /** "nl-BE" and "NL" both mean nl to the engine. */
    private static String primaryLanguage(String code) {
        return code == null ? null : code.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private Participant participantFor(InboundMessage message, String address, Instant now) {
        return participants.findByAddress(address).orElseGet(() -> {
            try {
                return participants.insert(new Participant(UUID.randomUUID().toString(), message.channel(), address,
                        null, now));
            } catch (DuplicateKeyException createdByAnotherInstance) {
                return participants.findByAddress(address).orElseThrow();
            }
        });
    }

    /**
     * Stores what the turn's events say about the client; answers only with consent. Participant fields
     * are set one by one so a coach's change made meanwhile (a cohort) is kept. Only a client's own message
     * counts as being seen.
     */
    private void apply(Participant participant, Turn turn, Instant now, boolean clientWrote) {
        Update update = new Update().set("language", turn.state().language());
        if (clientWrote) {
            update.set("lastSeenAt", now);
        }
        boolean consented = participant.consented();
        for (Event event : turn.events()) {
            if (event instanceof Event.ConsentGiven given) {
                consented = true;
                update.set("consentVersion", given.version()).set("consentAt", given.at());
            } else if (event instanceof Event.ConsentDeclined) {
                consented = false;
                update.unset("consentVersion").unset("consentAt");
            } else if (event instanceof Event.Stopped) {
                update.set("stopped", true);
            } else if (event instanceof Event.Resumed) {
                update.set("stopped", false);
            } else if (event instanceof Event.AnswerRecorded answer && consented) {
                answers.insert(new RecordedAnswer(UUID.randomUUID().toString(), participant.id(), answer.dialog(),
                        answer.step(), answer.question(), answer.language(), answer.raw(), answer.value(),
                        answer.competence(), answer.at()));
            }
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(participant.id())), update, Participant.class);
    }
}
