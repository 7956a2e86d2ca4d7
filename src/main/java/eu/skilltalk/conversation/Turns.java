package eu.skilltalk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Turn;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.store.Once;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Runs one engine turn for a client exactly once per key (a message, a job), even across crashes and
 * instances: the session save commits the new state, the key and the turn's output together; then the
 * output is applied with ids derived from the key. A turn whose instance died after the commit is applied
 * by the next turn of that client or by the inbound sweep, and a key seen before runs no second turn.
 */
@Component
class Turns {

    private static final int SAVE_ATTEMPTS = 5;
    /**
     * How far a client's last-seen time may lag behind: within a conversation, where a client writes every few
     * seconds, it moves once a minute instead of at every message (a store write each). Everything that reads it
     * counts in days (reminders, retention, "stuck" on the dashboard).
     */
    private static final Duration LAST_SEEN_STEP = Duration.ofMinutes(1);

    private final Sessions sessions;
    private final Outbox outbox;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ResultsSplicer results;
    private final ParticipantLocks locks = new ParticipantLocks();

    Turns(Sessions sessions, Outbox outbox, ApplicationEventPublisher publisher, Clock clock, MongoTemplate mongo,
            ResultsSplicer results) {
        this.sessions = sessions;
        this.results = results;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.mongo = mongo;
    }

    /**
     * Runs {@code step} on the client's state under {@code key} and returns the replies it queued. A step that
     * returns {@code null} changes nothing. A key already handled returns its replies if still known, else none.
     *
     * @param fromClient whether the client wrote (then the participant's last-seen time moves)
     */
    List<Reply> run(Participant participant, String key, Instant at, boolean fromClient, Function<State, Turn> step) {
        return locks.inOrder(participant.address(), () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return attempt(participant, key, at, fromClient, step);
                } catch (OptimisticLockingFailureException otherInstanceWasFaster) {
                    if (attempt == SAVE_ATTEMPTS) {
                        throw otherInstanceWasFaster;
                    }
                }
            }
        });
    }

    private List<Reply> attempt(Participant participant, String key, Instant at, boolean fromClient,
            Function<State, Turn> step) {
        SessionDocument session = sessions.findById(participant.id())
                .orElseGet(() -> new SessionDocument(participant.id(), State.fresh(participant.language()), at));
        PendingTurn unfinished = session.pending();
        if (unfinished != null) {
            apply(participant, unfinished, true);
        }
        if (session.handled(key)) {
            return unfinished != null && unfinished.key().equals(key) ? unfinished.replies() : List.of();
        }
        Turn engineTurn = step.apply(session.state());
        if (engineTurn == null) {
            return List.of();
        }
        Turn turn = results.complete(participant, engineTurn);
        PendingTurn done = new PendingTurn(key, turn.replies(), turn.events(), turn.state().language(),
                fromClient ? at : null, at);
        session.commit(turn.state(), done);
        sessions.save(session);
        apply(participant, done, false);
        return done.replies();
    }

    /**
     * Applies a committed turn: participant fields set one by one (a coach's change made meanwhile, such as a
     * cohort, is kept), answers appended only with consent, replies queued, events published. Repeatable;
     * {@code again} when it may have been applied before (then its replies may have gone out already).
     */
    private void apply(Participant participant, PendingTurn turn, boolean again) {
        Update update = new Update();
        if (!Objects.equals(turn.language(), participant.language())) {
            update.set("language", turn.language());
        }
        if (turn.lastSeenAt() != null && (participant.lastSeenAt() == null
                || !turn.lastSeenAt().isBefore(participant.lastSeenAt().plus(LAST_SEEN_STEP)))) {
            update.set("lastSeenAt", turn.lastSeenAt());
        }
        boolean consented = participant.consented();
        int answer = 0;
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
            } else if (event instanceof Event.AnswerRecorded recorded && consented) {
                // a turn applied again after a crash finds its answers in the log already
                Once.insert(mongo, new RecordedAnswer(turn.key() + "/a" + answer++, participant.id(),
                        recorded.dialog(), recorded.step(), recorded.question(), recorded.language(), recorded.raw(),
                        recorded.value(), recorded.competence(), recorded.at()));
            }
        }
        if (!update.getUpdateObject().isEmpty()) {
            mongo.updateFirst(Query.query(where("_id").is(participant.id())), update, Participant.class);
        }
        outbox.enqueue(participant.id(), participant.channel(), participant.channelAddress(), turn.replies(),
                clock.instant(), turn.key(), again);
        for (Event event : turn.events()) {
            publisher.publishEvent(new ConversationEvent(participant.id(), event, consented));
        }
        mongo.updateFirst(Query.query(where("_id").is(participant.id()).and("pending.key").is(turn.key())),
                new Update().unset("pending"), SessionDocument.class);
    }
}
