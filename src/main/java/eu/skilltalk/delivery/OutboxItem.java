package eu.skilltalk.delivery;

import eu.skilltalk.dialog.Choice;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message waiting to be sent. Only waiting messages live here; sent and failed ones move to
 * {@code deliveries}, so the queue stays small (the embedded store scans it).
 *
 * <pre>{"participantId": "7f3c...", "channel": "telegram", "address": "4242", "text": "How good...?",
 *  "choices": [{"key": "1", "label": "😟"}], "status": "PENDING", "attempts": 0,
 *  "dueAt": "2026-11-28T09:00:00Z", "sequence": 1795856400000000}</pre>
 */
@Document("outbox")
@CompoundIndexes({
    @CompoundIndex(name = "status_due", def = "{'status': 1, 'dueAt': 1}"),
    @CompoundIndex(name = "participant_order", def = "{'participantId': 1, 'sequence': 1}")
})
public class OutboxItem {

    /** {@code PENDING} waits for its due time; {@code SENDING} is claimed by an instance until {@code leaseUntil}. */
    public enum Status {
        PENDING, SENDING
    }

    @Id
    private String id;
    private String participantId;
    private String channel;
    private String address;
    private String text;
    private List<Choice> choices;
    private String imageUrl;
    private Status status;
    private int attempts;
    private Instant dueAt;
    /** When the poll may take it: a fresh reply is first left to the instance that queued it. */
    private Instant pollAfter;
    private Instant leaseUntil;
    /** The instance holding the lease, so a stopping instance can hand back what it has not started. */
    private String claimedBy;
    private Instant createdAt;
    private long sequence;
    private String lastError;
    /**
     * Queued again under a key used before (a turn or job done again after a crash): it may have gone out
     * already, so the dispatcher looks for its delivery before sending it.
     */
    private boolean requeued;

    protected OutboxItem() {
    }

    OutboxItem(String id, String participantId, String channel, String address, String text, List<Choice> choices,
            String imageUrl, Instant dueAt, Instant pollAfter, Instant createdAt, long sequence, boolean requeued) {
        this.id = id;
        this.participantId = participantId;
        this.channel = channel;
        this.address = address;
        this.text = text;
        this.choices = choices;
        this.imageUrl = imageUrl;
        this.status = Status.PENDING;
        this.dueAt = dueAt;
        this.pollAfter = pollAfter;
        this.createdAt = createdAt;
        this.sequence = sequence;
        this.requeued = requeued;
    }

    public String id() {
        return id;
    }

    public String participantId() {
        return participantId;
    }

    public String channel() {
        return channel;
    }

    /** Address on the channel (chat id, phone number, simulator conversation id). */
    public String address() {
        return address;
    }

    public String text() {
        return text;
    }

    public List<Choice> choices() {
        return choices == null ? List.of() : choices;
    }

    public String imageUrl() {
        return imageUrl;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    Status status() {
        return status;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    String claimedBy() {
        return claimedBy;
    }

    /** Claims it for its first attempt before it is stored: a turn's fresh reply, which its instance sends next. */
    void claimAtQueueing(String instance, Instant until) {
        this.status = Status.SENDING;
        this.claimedBy = instance;
        this.leaseUntil = until;
        this.attempts = 1;
    }

    long sequence() {
        return sequence;
    }

    /**
     * Whether it may have been sent already: it was queued again under a used key, or claimed before (an
     * instance can die between recording a send and taking the item out of the queue). A first claim of an
     * item queued once cannot follow a send.
     */
    boolean maybeSent() {
        return requeued || attempts > 1;
    }

    /** Whether an instance may claim it now: due and waiting, or its claim has lapsed. */
    boolean claimableAt(Instant now) {
        return status == Status.PENDING ? !dueAt.isAfter(now) : leaseUntil != null && leaseUntil.isBefore(now);
    }

    String lastError() {
        return lastError;
    }
}
