package eu.skilltalk.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task for every client of a cohort (or for the chosen ones among them, {@code participantIds}), accepted in
 * one write. Its jobs are produced later, a page at a time in participant-id order, while the queue has room;
 * {@code cursor} is the last participant id produced, so a restart goes on from there.
 *
 * <pre>{"_id": "b-51f0", "cohortId": "c-12", "participantIds": null, "task": {"kind": "DIALOG", "dialog": "selfcheck"},
 *  "sendAt": "2026-11-30T08:00:00Z", "state": "PRODUCING", "cursor": "7f3c...", "produced": 1200,
 *  "outcomes": {"done": 1150, "skipped": 12}}</pre>
 */
@Document("broadcasts")
class Broadcast {

    /** WAITING for its time, PRODUCING jobs, PRODUCED all of them, or CANCELLED. */
    enum State {
        WAITING, PRODUCING, PRODUCED, CANCELLED
    }

    @Id
    private String id;
    private String cohortId;
    private List<String> participantIds;
    private Task task;
    private Instant sendAt;
    private State state;
    private String cursor;
    private long produced;
    private Map<String, Long> outcomes;
    private Instant leaseUntil;
    private String claimedBy;
    private Instant createdAt;

    protected Broadcast() {
    }

    /** @param participantIds the chosen clients, or null for all of the cohort */
    Broadcast(String id, String cohortId, List<String> participantIds, Task task, Instant sendAt, Instant createdAt) {
        this.id = id;
        this.cohortId = cohortId;
        this.participantIds = participantIds;
        this.task = task;
        this.sendAt = sendAt;
        this.state = State.WAITING;
        this.outcomes = Map.of();
        this.createdAt = createdAt;
    }

    /** A task that went out before broadcasts carried it (an earlier version's prompt): finished, as counted then. */
    static Broadcast finished(String id, String cohortId, Task task, Instant sendAt, Instant createdAt, long produced,
            long done) {
        Broadcast broadcast = new Broadcast(id, cohortId, null, task, sendAt, createdAt);
        broadcast.state = State.PRODUCED;
        broadcast.produced = produced;
        broadcast.outcomes = Map.of("done", done, "skipped", produced - done);
        return broadcast;
    }

    String id() {
        return id;
    }

    String cohortId() {
        return cohortId;
    }

    /** The chosen clients, or null for all of the cohort. */
    List<String> participantIds() {
        return participantIds;
    }

    Task task() {
        return task;
    }

    String cursor() {
        return cursor;
    }

    Broadcasts.Status status() {
        Map<String, Long> counts = outcomes == null ? Map.of() : outcomes;
        return new Broadcasts.Status(id, cohortId, task, sendAt, state.name(), produced,
                counts.getOrDefault("done", 0L), counts.getOrDefault("skipped", 0L), counts.getOrDefault("failed", 0L));
    }
}
