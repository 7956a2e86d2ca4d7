package eu.skilltalk.schedule;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task for one client, due at a time; claimed with a lease like outbox items, deleted once done. A
 * broadcast's job has the id {@code <broadcast id>:<participant id>}, so producing it twice adds nothing.
 *
 * <pre>{"_id": "b-51f0:7f3c...", "participantId": "7f3c...", "broadcastId": "b-51f0",
 *  "task": {"kind": "TEXT", "text": "See you at 10!"}, "dueAt": "2026-11-30T08:00:00Z", "status": "PENDING"}</pre>
 */
@Document("jobs")
@CompoundIndexes({
    @CompoundIndex(name = "status_due", def = "{'status': 1, 'dueAt': 1}"),
    @CompoundIndex(name = "participant", def = "{'participantId': 1}"),
    @CompoundIndex(name = "broadcast", def = "{'broadcastId': 1}")
})
class Job {

    enum Status {
        PENDING, RUNNING
    }

    @Id
    private String id;
    private String participantId;
    private String broadcastId;
    private Task task;
    private Instant dueAt;
    private Status status;
    private Instant leaseUntil;
    private String claimedBy;
    private int attempts;
    private Instant createdAt;

    protected Job() {
    }

    Job(String id, String participantId, String broadcastId, Task task, Instant dueAt, Instant createdAt) {
        this.id = id;
        this.participantId = participantId;
        this.broadcastId = broadcastId;
        this.task = task;
        this.dueAt = dueAt;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String participantId() {
        return participantId;
    }

    String broadcastId() {
        return broadcastId;
    }

    Task task() {
        return task;
    }

    Instant dueAt() {
        return dueAt;
    }

    int attempts() {
        return attempts;
    }
}
