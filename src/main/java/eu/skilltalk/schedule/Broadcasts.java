package eu.skilltalk.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.dialog.DialogEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Prompts and reminders for a whole cohort. Accepting one is a single write however big the cohort; the
 * messages go out at the sending rate, each client's exactly once, in their language, also across restarts
 * and instances.
 *
 * <pre>
 * String id = broadcasts.accept(cohortId, Task.text("Workshop moved to 10:00"), null);          // now
 * broadcasts.accept(cohortId, Task.dialog("selfcheck", Duration.ofDays(3)), sendAt);           // + reminder
 * broadcasts.accept(cohortId, Task.reminder("selfcheck", Duration.ofDays(2)), null);            // nudge the quiet
 * broadcasts.accept(cohortId, List.of(annId, bobId), Task.text("See you at 10"), null);          // chosen clients
 * </pre>
 */
@Service
public class Broadcasts {

    private final MongoTemplate mongo;
    private final Jobs jobs;
    private final DialogEngine engine;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();

    Broadcasts(MongoTemplate mongo, Jobs jobs, DialogEngine engine, Clock clock) {
        this.mongo = mongo;
        this.jobs = jobs;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * How far a broadcast has come: jobs produced (one per client who had not said stop when their page came),
     * and how many of them were done, skipped (the client said stop since, or has not consented to a dialog) or
     * failed. {@code state} is WAITING, PRODUCING, PRODUCED or CANCELLED.
     */
    public record Status(String id, String cohortId, Task task, Instant sendAt, String state, long produced,
            long done, long skipped, long failed) {

        /** Every job produced and run. */
        public boolean finished() {
            return "PRODUCED".equals(state) && done + skipped + failed >= produced;
        }

        public boolean cancelled() {
            return "CANCELLED".equals(state);
        }
    }

    /**
     * Accepts a task for every client of a cohort (now or at {@code sendAt}) and returns the broadcast's id.
     *
     * @throws IllegalArgumentException when the task names a dialog that does not exist or has no text
     */
    public String accept(String cohortId, Task task, Instant sendAt) {
        return accept(cohortId, List.of(), task, sendAt);
    }

    /**
     * Accepts a task for the chosen clients of a cohort, or for all of them when {@code participantIds} is empty.
     * The ids are stored with the broadcast, so their number is bounded by what a request may carry; clients
     * not in the cohort are not reached.
     *
     * @throws IllegalArgumentException when the task names a dialog that does not exist or has no text
     */
    public String accept(String cohortId, Collection<String> participantIds, Task task, Instant sendAt) {
        if ((task.kind() == Task.Kind.DIALOG || task.kind() == Task.Kind.REMINDER) && !engine.dialogs().has(task.dialog())) {
            throw new IllegalArgumentException("unknown dialog '" + task.dialog() + "'");
        }
        if (task.kind() == Task.Kind.TEXT && (task.text() == null || task.text().isBlank())) {
            throw new IllegalArgumentException("text is empty");
        }
        Instant now = clock.instant();
        Broadcast broadcast = new Broadcast(UUID.randomUUID().toString(), cohortId,
                participantIds.isEmpty() ? null : List.copyOf(participantIds), task,
                sendAt == null || sendAt.isBefore(now) ? now : sendAt, now);
        mongo.insert(broadcast);
        return broadcast.id();
    }

    /**
     * Records a task that an earlier version sent to {@code produced} clients of a cohort without a broadcast,
     * {@code done} of whom got it, so its progress reads like any other; nothing is sent.
     */
    public String recordSent(String cohortId, Task task, Instant sendAt, long produced, long done) {
        Broadcast broadcast = Broadcast.finished(UUID.randomUUID().toString(), cohortId, task, sendAt, clock.instant(),
                produced, done);
        mongo.insert(broadcast);
        return broadcast.id();
    }

    public Optional<Status> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Broadcast.class)).map(Broadcast::status);
    }

    /** The broadcasts with these ids, by id (one read, by {@code _id}). */
    public Map<String, Status> find(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), Broadcast.class).stream()
                .collect(Collectors.toMap(Broadcast::id, Broadcast::status));
    }

    /** Stops a broadcast: no more of its messages start. Returns false if there is no such broadcast. */
    public boolean cancel(String id) {
        boolean found = mongo.updateFirst(Query.query(where("_id").is(id)),
                new Update().set("state", Broadcast.State.CANCELLED), Broadcast.class).getMatchedCount() > 0;
        jobs.cancelBroadcast(id);
        return found;
    }

    /** Claims a broadcast that has jobs to produce, for one page. */
    Optional<Broadcast> claimDue(Duration lease) {
        Instant now = clock.instant();
        Query query = new Query(new Criteria().andOperator(
                where("state").in(Broadcast.State.WAITING, Broadcast.State.PRODUCING),
                where("sendAt").lte(now),
                new Criteria().orOperator(where("leaseUntil").exists(false), where("leaseUntil").lt(now))));
        Update update = new Update().set("state", Broadcast.State.PRODUCING).set("leaseUntil", now.plus(lease))
                .set("claimedBy", instance);
        return Optional.ofNullable(
                mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Broadcast.class));
    }

    /** Moves the cursor past a produced page and hands the broadcast back; {@code last} when none are left. */
    void advance(Broadcast broadcast, String cursor, int produced, boolean last) {
        Update update = new Update().inc("produced", produced).unset("leaseUntil").unset("claimedBy");
        if (cursor != null) {
            update.set("cursor", cursor);
        }
        if (last) {
            update.set("state", Broadcast.State.PRODUCED);
        }
        mongo.updateFirst(Query.query(where("_id").is(broadcast.id()).and("claimedBy").is(instance)
                .and("state").is(Broadcast.State.PRODUCING)), update, Broadcast.class);
    }

    /** Counts what one of its jobs came to. */
    void counted(String broadcastId, JobRunner.Outcome outcome) {
        if (broadcastId != null) {
            mongo.updateFirst(Query.query(where("_id").is(broadcastId)),
                    new Update().inc("outcomes." + outcome.name().toLowerCase(), 1), Broadcast.class);
        }
    }
}
