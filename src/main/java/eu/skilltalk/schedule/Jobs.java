package eu.skilltalk.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.store.Once;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Persisted jobs for single clients: schedule one (a plan follow-up, a reminder), cancel them. Due jobs are
 * claimed one by one with a lease, so any number of instances run them and none runs twice.
 */
@Service
public class Jobs {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final QuietHours quietHours;
    private final ScheduleProperties properties;
    private final String instance = UUID.randomUUID().toString();

    Jobs(MongoTemplate mongo, Clock clock, QuietHours quietHours, ScheduleProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.quietHours = quietHours;
        this.properties = properties;
    }

    /**
     * Schedules a task for a client at {@code dueAt} (moved to the morning when it falls in quiet hours).
     *
     * @return the job's id
     */
    public String schedule(String participantId, Task task, Instant dueAt) {
        String id = UUID.randomUUID().toString();
        scheduleOnce(id, participantId, null, task, dueAt);
        return id;
    }

    /**
     * Cancels every job of a client (they said stop). A broadcast's job stays: it skips the client when it runs
     * and is counted, so the broadcast's progress adds up.
     */
    public long cancelAll(String participantId) {
        return mongo.remove(new Query(where("participantId").is(participantId).and("status").is(Job.Status.PENDING)
                .and("broadcastId").is(null)), Job.class).getDeletedCount();
    }

    /** Cancels one job if it has not run yet (a plan's action was replaced). */
    public void cancel(String id) {
        mongo.remove(new Query(where("_id").is(id).and("status").is(Job.Status.PENDING)), Job.class);
    }

    /** Cancels a client's reminders about a dialog (they finished it). */
    public long cancelReminders(String participantId, String dialog) {
        return mongo.remove(new Query(where("participantId").is(participantId).and("status").is(Job.Status.PENDING)
                .and("task.kind").is(Task.Kind.REMINDER).and("task.dialog").is(dialog)), Job.class).getDeletedCount();
    }

    /** Jobs of a client not yet run, soonest first. */
    public List<ScheduledJob> pending(String participantId) {
        return mongo.find(new Query(where("participantId").is(participantId)).with(Sort.by("dueAt")), Job.class)
                .stream().map(j -> new ScheduledJob(j.id(), j.task(), j.dueAt())).toList();
    }

    /** A job as others see it. */
    public record ScheduledJob(String id, Task task, Instant dueAt) {
    }

    /** Adds a job under a fixed id; false if it exists already. */
    boolean scheduleOnce(String id, String participantId, String broadcastId, Task task, Instant dueAt) {
        return Once.insert(mongo, new Job(id, participantId, broadcastId, task, quietHours.allowed(dueAt),
                clock.instant()));
    }

    List<Job> due(int limit) {
        Query query = new Query(claimable(clock.instant())).with(Sort.by("dueAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Job.class);
    }

    long dueCount() {
        return mongo.count(new Query(claimable(clock.instant())), Job.class);
    }

    Optional<Job> claim(String id) {
        Instant now = clock.instant();
        Query query = new Query(new Criteria().andOperator(where("_id").is(id), claimable(now)));
        Update update = new Update().set("status", Job.Status.RUNNING).set("leaseUntil", now.plus(properties.lease()))
                .set("claimedBy", instance).inc("attempts", 1);
        return Optional.ofNullable(
                mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Job.class));
    }

    private static Criteria claimable(Instant now) {
        return new Criteria().orOperator(where("status").is(Job.Status.PENDING).and("dueAt").lte(now),
                where("status").is(Job.Status.RUNNING).and("leaseUntil").lt(now));
    }

    /** Makes a claimed job wait until {@code at}; {@code countAttempt} false when it is not the job's failure. */
    void postpone(Job job, Instant at, boolean countAttempt) {
        Update update = new Update().set("status", Job.Status.PENDING).set("dueAt", quietHours.allowed(at))
                .unset("leaseUntil").unset("claimedBy");
        if (!countAttempt) {
            update.inc("attempts", -1);
        }
        mongo.updateFirst(Query.query(where("_id").is(job.id())), update, Job.class);
    }

    void finish(Job job) {
        mongo.remove(Query.query(where("_id").is(job.id())), Job.class);
    }

    /** Hands back the jobs this instance claimed (none once its jobs in flight have finished). */
    long releaseMine() {
        return mongo.updateMulti(new Query(where("status").is(Job.Status.RUNNING).and("claimedBy").is(instance)),
                new Update().set("status", Job.Status.PENDING).unset("leaseUntil").unset("claimedBy")
                        .inc("attempts", -1), Job.class).getModifiedCount();
    }

    long cancelBroadcast(String broadcastId) {
        return mongo.remove(new Query(where("broadcastId").is(broadcastId).and("status").is(Job.Status.PENDING)),
                Job.class).getDeletedCount();
    }
}
