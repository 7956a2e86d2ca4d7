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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Takes a client's message through the engine: dedupe, participant and session, engine turn, then store
 * the answers, the session and the replies (outbox) and send them. The engine decides; this class only
 * loads and stores.
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
    private final ParticipantLocks locks = new ParticipantLocks();

    ConversationService(DialogEngine engine, Participants participants, Sessions sessions, Answers answers,
            InboundReceipts receipts, Outbox outbox, ApplicationEventPublisher publisher, Clock clock, MongoTemplate mongo) {
        this.engine = engine;
        this.participants = participants;
        this.sessions = sessions;
        this.answers = answers;
        this.receipts = receipts;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.mongo = mongo;
    }

    /** Handles one message and returns the replies it produced (already queued for sending). */
    public List<Reply> receive(InboundMessage message) {
        Instant now = clock.instant();
        if (message.externalId() != null && !firstTime(message, now)) {
            return List.of();
        }
        String address = Participant.address(message.channel(), message.address());
        Handled handled = locks.inOrder(address, () -> handleWithRetry(message, address, now));
        outbox.sendNow(handled.participantId());
        return handled.replies();
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

    private Handled handleWithRetry(InboundMessage message, String address, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return handle(message, address, now);
            } catch (OptimisticLockingFailureException otherInstanceWasFaster) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw otherInstanceWasFaster;
                }
            }
        }
    }

    private Handled handle(InboundMessage message, String address, Instant now) {
        Participant participant = participantFor(message, address, now);
        SessionDocument session = sessions.findById(participant.id())
                .orElseGet(() -> new SessionDocument(participant.id(), State.fresh(participant.language()), now));
        String text = message.text() == null || message.text().length() <= MAX_TEXT ? message.text()
                : message.text().substring(0, MAX_TEXT);
        Turn turn = engine.advance(session.state(), new Input(text, primaryLanguage(message.languageCode()), now));
        session.update(turn.state(), now);
        sessions.save(session);
        apply(participant, turn, now);
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), turn.replies(), now);
        turn.events().forEach(e -> publisher.publishEvent(new ConversationEvent(participant.id(), e)));
        return new Handled(participant.id(), turn.replies());
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
     * are set one by one so a coach's change made meanwhile (a cohort) is kept.
     */
    private void apply(Participant participant, Turn turn, Instant now) {
        Update update = new Update().set("language", turn.state().language()).set("lastSeenAt", now);
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
