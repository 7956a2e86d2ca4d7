package eu.skilltalk.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.system.WorkGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The outbox: messages are stored here before any send, then claimed one at a time with an atomic lease, so
 * several instances share the work and none sends twice. Replies to a client go out at once
 * ({@link #sendNow}); anything left (retries, scheduled messages, a crashed instance's claims) is picked up
 * by a poll. One client's messages go out in the order they were queued; rate limits, retries and resting
 * channels postpone a message together with the ones behind it.
 */
@Service
public class Outbox {

    private final OutboxQueue queue;
    private final Dispatcher dispatcher;
    private final ChannelBreakers breakers;
    private final Clock clock;
    private final DeliveryProperties properties;
    private final WorkGate gate;
    private final AtomicLong lastSequence = new AtomicLong();
    /**
     * A turn's replies this instance queued already claimed, by client and id, until {@link #sendNow} for the
     * client takes them: sending them costs no claim command.
     */
    private final Map<String, Map<String, OutboxItem>> heldHere = new ConcurrentHashMap<>();

    Outbox(OutboxQueue queue, Dispatcher dispatcher, ChannelBreakers breakers, Clock clock,
            DeliveryProperties properties, OutboxGate gate) {
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.breakers = breakers;
        this.clock = clock;
        this.properties = properties;
        this.gate = gate.gate();
    }

    /** Queues replies for a client, due now or at {@code dueAt}. */
    public void enqueue(String participantId, String channel, String address, List<Reply> replies, Instant dueAt) {
        queue.insertAll(items(participantId, channel, address, replies, dueAt, null, false));
    }

    /**
     * Queues replies under a key, so that doing it again (after a crash, by a second instance) adds nothing:
     * the n-th reply under one key is queued and sent at most once.
     */
    public void enqueue(String participantId, String channel, String address, List<Reply> replies, Instant dueAt,
            String key) {
        enqueue(participantId, channel, address, replies, dueAt, key, true);
    }

    /**
     * Queues replies under a key, as above; {@code usedBefore} false promises that nothing was ever queued under
     * this key (a turn applied right after its commit), which spares each reply a look for an earlier delivery.
     * Such replies, when due now, are queued already claimed by this instance, and {@link #sendNow} for the
     * client must follow: it sends them without a claim of its own. Should this instance die first, another one
     * sends them once the lease has run out.
     */
    public void enqueue(String participantId, String channel, String address, List<Reply> replies, Instant dueAt,
            String key, boolean usedBefore) {
        List<OutboxItem> items = items(participantId, channel, address, replies, dueAt, key, usedBefore);
        if (usedBefore || dueAt.isAfter(clock.instant()) || items.isEmpty()) {
            queue.insertOnce(items);
            return;
        }
        queue.insertClaimed(items);
        Map<String, OutboxItem> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        heldHere.merge(participantId, byId, (earlier, more) -> {
            earlier.putAll(more);
            return earlier;
        });
    }

    private List<OutboxItem> items(String participantId, String channel, String address, List<Reply> replies,
            Instant dueAt, String key, boolean requeued) {
        Instant now = clock.instant();
        Instant pollAfter = later(dueAt, now.plus(properties.grace()));
        List<OutboxItem> items = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            String id = key == null ? UUID.randomUUID().toString() : key + "/" + i;
            // A message for later is ordered by its due time, so it does not hold back the replies before it.
            long sequence = dueAt.isAfter(now) ? dueAt.toEpochMilli() * 1000 + i : nextSequence(now);
            items.add(new OutboxItem(id, participantId, channel, address, reply.text(), reply.choices(),
                    reply.imageUrl(), dueAt, dueAt.isAfter(now) ? dueAt : pollAfter, now, sequence, requeued));
        }
        return items;
    }

    /**
     * Microseconds since the epoch, strictly increasing within this instance: a client's queue order. A
     * client's turns are serialised (session version), so their replies get increasing numbers on any
     * instance as long as the instances' clocks agree (NTP).
     */
    private long nextSequence(Instant now) {
        long base = now.toEpochMilli() * 1000;
        return lastSequence.updateAndGet(last -> Math.max(last + 1, base));
    }

    /**
     * Sends this client's due messages now, in order; stops at the first that has to wait. The client's items
     * are walked in queue order and each is sent before the next is claimed, so no later message can overtake
     * an earlier one and no claim needs to look for earlier ones. The sent ones are recorded together at the
     * end, in two commands: until then they stay claimed, so no other instance sends them again unless this
     * one dies first. They are recorded before the next send, though, once less than half a lease is left on
     * one of them (slow sends): the rule {@link #take} applies before a send.
     */
    public void sendNow(String participantId) {
        if (!gate.enter()) {
            return;
        }
        Map<String, OutboxItem> held = heldHere.remove(participantId);
        List<Delivery> finished = new ArrayList<>();
        OutboxItem waiting = null;
        Instant firstLeaseEnds = Instant.MAX;
        try {
            for (OutboxItem next : queue.inOrder(participantId, properties.batch())) {
                OutboxItem claimed = take(next, held == null ? null : held.remove(next.id()));
                if (claimed == null || dispatcher.dispatch(claimed, finished) != Dispatcher.Result.DONE) {
                    waiting = next;
                    return; // it waits, or another instance has it: the ones behind it wait too
                }
                firstLeaseEnds = claimed.leaseUntil().isBefore(firstLeaseEnds) ? claimed.leaseUntil() : firstLeaseEnds;
                if (firstLeaseEnds.isBefore(clock.instant().plus(properties.lease().dividedBy(2)))) {
                    queue.finish(finished);
                    finished.clear();
                    firstLeaseEnds = Instant.MAX;
                }
            }
        } finally {
            try {
                queue.finish(finished);
                if (held != null && !held.isEmpty()) {
                    queue.releaseHeld(held.values(), waiting); // the poll sends them after it, in order
                }
            } finally {
                gate.exit();
            }
        }
    }

    /**
     * The next item of a client's queue, claimed for sending, or null when it has to wait. One this instance
     * claimed when it queued it goes as it is while at least half of its lease is left: the send has that long
     * before another instance may take the item. A sender that comes later renews the lease first. (Asking for
     * nearly the whole lease made a busy instance, whose senders run seconds behind its lanes, renew most
     * replies: a command each, as many as the claims this spares.)
     */
    private OutboxItem take(OutboxItem next, OutboxItem held) {
        Instant now = clock.instant();
        if (held != null && queue.stillHeld(next, held)) {
            return held.leaseUntil().isAfter(now.plus(properties.lease().dividedBy(2))) ? held
                    : queue.renew(held).orElse(null);
        }
        return next.claimableAt(now) ? queue.claim(next.id()).orElse(null) : null;
    }

    /**
     * Sends whatever is due and not claimed by a live instance, skipping channels that are full or down.
     * {@link OutboxPoll} runs it, as soon as it says.
     *
     * @return when to poll again: at once after a full batch that sent something (more is due), when a channel
     *         that ran out of its rate has a token again, else after {@code poll}
     */
    public Duration sendDue() {
        if (!gate.enter()) {
            return properties.poll();
        }
        try {
            forgetLapsedHolds();
            Set<String> resting = breakers.resting();
            Criteria scope = resting.isEmpty() ? new Criteria() : where("channel").nin(resting);
            Set<String> busyChannels = new HashSet<>();
            Set<String> waitingClients = new HashSet<>();
            List<OutboxItem> candidates = queue.candidates(scope, true, properties.batch());
            int done = 0;
            for (OutboxItem candidate : candidates) {
                if (busyChannels.contains(candidate.channel()) || waitingClients.contains(candidate.participantId())) {
                    continue;
                }
                Dispatcher.Result result = send(candidate);
                if (result == Dispatcher.Result.DONE) {
                    done++;
                } else if (result == Dispatcher.Result.CHANNEL_BUSY) {
                    busyChannels.add(candidate.channel());
                } else {
                    waitingClients.add(candidate.participantId());
                }
            }
            if (!busyChannels.isEmpty()) {
                return busyChannels.stream().map(this::untilToken).min(Comparator.naturalOrder()).orElseThrow();
            }
            return candidates.size() == properties.batch() && done > 0 ? Duration.ZERO : properties.poll();
        } finally {
            gate.exit();
        }
    }

    /**
     * Forgets claims made at queueing whose {@link #sendNow} never came (the turn failed after queuing): once
     * their lease has run out, the poll sends them like any other.
     */
    private void forgetLapsedHolds() {
        Instant now = clock.instant();
        heldHere.keySet().forEach(client -> heldHere.computeIfPresent(client,
                (key, items) -> items.values().stream().allMatch(item -> item.leaseUntil().isBefore(now)) ? null : items));
    }

    /** How soon a channel that ran out of its rate has a token again; {@code busy-poll} at least, {@code poll} at most. */
    private Duration untilToken(String channel) {
        DeliveryProperties.Limit limit = properties.limits().get(channel);
        Duration oneToken = limit == null || limit.perSecond() <= 0 ? Duration.ZERO
                : Duration.ofNanos(1_000_000_000L / limit.perSecond());
        Duration wait = oneToken.compareTo(properties.busyPoll()) > 0 ? oneToken : properties.busyPoll();
        return wait.compareTo(properties.poll()) < 0 ? wait : properties.poll();
    }

    private Dispatcher.Result send(OutboxItem candidate) {
        OutboxItem claimed = queue.claim(candidate.id()).orElse(null);
        return claimed == null ? Dispatcher.Result.POSTPONED : dispatchInOrder(claimed);
    }

    /** Sends a claimed item (found by the poll) unless an earlier message of the same client has not gone yet. */
    private Dispatcher.Result dispatchInOrder(OutboxItem claimed) {
        if (queue.hasEarlier(claimed)) {
            queue.release(claimed);
            return Dispatcher.Result.POSTPONED;
        }
        List<Delivery> finished = new ArrayList<>(1);
        try {
            return dispatcher.dispatch(claimed, finished);
        } finally {
            queue.finish(finished);
        }
    }

    /** Number of messages waiting (for health and tests). */
    public long waiting() {
        return queue.depth();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
