package eu.skilltalk.conversation;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import eu.skilltalk.system.GracefulWorker;
import eu.skilltalk.system.WorkGate;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Processes stored inbound messages: accepted ones at once on a lane (one client's messages share a lane, so
 * they keep their order), and those an instance left behind (it stopped or died) from a sweep, oldest first.
 * Each lane hands the replies it queued to a sender thread of its own, so the next message on the lane does
 * not wait while the last one's replies go out (one client's sends still keep their order).
 * On shutdown it stops taking messages and finishes the ones in hand; the rest wait in the inbox.
 *
 * <p>Metrics: {@code skilltalk_inbound_messages_total{channel, status=accepted|duplicate|limited|processed|handled_by_channel|dropped}}
 * and {@code skilltalk_inbox_depth}.
 */
@Component
class InboundProcessor extends GracefulWorker {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final Inbox inbox;
    private final Turns turns;
    private final Responder responder;
    private final Participants participants;
    private final Outbox outbox;
    private final ConversationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService[] lanes;
    /** One per lane: sends the replies its lane queued, in the order it queued them. */
    private final ExecutorService[] senders;
    private final WorkGate gate;
    private final List<ChannelRules> rules;
    /** Messages accepted here and waiting in (or running on) a lane: the sweep leaves them to their lane. */
    private final Set<String> inLanes = ConcurrentHashMap.newKeySet();

    InboundProcessor(Inbox inbox, Turns turns, Responder responder, Participants participants, Outbox outbox,
            ConversationProperties properties, MeterRegistry meters, Clock clock, ObjectProvider<ChannelRules> rules) {
        super(properties.shutdownWait(), SmartLifecycle.DEFAULT_PHASE - 3072);
        this.gate = gate();
        this.inbox = inbox;
        this.turns = turns;
        this.responder = responder;
        this.participants = participants;
        this.outbox = outbox;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.rules = rules.orderedStream().toList();
        this.lanes = threads("inbound-", properties.lanes());
        this.senders = threads("outbound-", properties.lanes());
        Gauge.builder("skilltalk.inbox.depth", inbox, Inbox::depth).description("Inbound messages not yet processed")
                .register(meters);
    }

    void count(String channel, String status) {
        meters.counter("skilltalk.inbound.messages", "channel", channel, "status", status).increment();
    }

    private static ExecutorService[] threads(String prefix, int count) {
        ExecutorService[] threads = new ExecutorService[Math.max(1, count)];
        for (int i = 0; i < threads.length; i++) {
            String name = prefix + i;
            threads[i] = Executors.newSingleThreadExecutor(task -> new Thread(task, name));
        }
        return threads;
    }

    /** Processes an accepted message soon, after the client's earlier ones. */
    void submit(InboxItem item) {
        inLanes.add(item.id());
        int lane = Math.floorMod(item.address().hashCode(), lanes.length);
        try {
            lanes[lane].execute(() -> {
                try {
                    processInLane(item, senders[lane]);
                } finally {
                    inLanes.remove(item.id());
                }
            });
        } catch (RuntimeException notQueued) {
            inLanes.remove(item.id());
            throw notQueued;
        }
    }

    private void processInLane(InboxItem stored, ExecutorService sender) {
        if (!gate.enter()) {
            return; // stopping: the message waits in the inbox for another instance or the next start
        }
        try {
            process(inbox.take(stored).orElse(null), true, participantId -> sendSoon(sender, participantId));
        } catch (RuntimeException e) {
            log.error("Inbound message {} failed; the sweep will try again", stored.id(), e);
        } finally {
            gate.exit();
        }
    }

    /** Replies queued and not sent here (stopping, or a failure) go out with the outbox's poll. */
    private void sendSoon(ExecutorService sender, String participantId) {
        try {
            sender.execute(() -> {
                try {
                    outbox.sendNow(participantId);
                } catch (RuntimeException e) {
                    log.error("Sending queued replies failed; the outbox poll will try again", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the outbox poll sends them
        }
    }

    /**
     * Processes a message this instance has just stored (with its receipt) if no other instance holds it, and
     * returns the replies it produced, once they went out (or failed to).
     */
    List<Reply> process(InboxItem stored) {
        return process(inbox.take(stored).orElse(null), true, outbox::sendNow);
    }

    /**
     * @param item the message, claimed by this instance; null when another instance holds it
     * @param send sends the replies queued for a participant
     */
    private List<Reply> process(InboxItem item, boolean storedHere, Consumer<String> send) {
        if (item == null) {
            return List.of();
        }
        if (item.attempts() > properties.maxAttempts()) {
            log.error("Dropping inbound message {} on {}: it failed {} times", item.id(), item.channel(),
                    item.attempts() - 1);
            inbox.done(item, storedHere);
            count(item.channel(), "dropped");
            return List.of();
        }
        InboundMessage message = applyRules(item.message()).orElse(null);
        if (message == null) {
            inbox.done(item, storedHere);
            count(item.channel(), "handled_by_channel");
            return List.of();
        }
        Participant participant = participantFor(item);
        List<Reply> replies = turns.run(participant, item.id(), item.receivedAt(), true, state -> responder.respond(
                participant, state, message.text(), primaryLanguage(item.languageCode()), item.receivedAt()));
        inbox.done(item, storedHere);
        count(item.channel(), "processed");
        send.accept(participant.id());
        return replies;
    }

    /**
     * Processes messages left behind, oldest first. A client whose message fails again, or is still waiting in
     * a lane of this instance, has their later messages wait too, so their order holds.
     */
    @Scheduled(fixedDelayString = "${skilltalk.conversation.sweep:5s}", initialDelayString = "${skilltalk.conversation.sweep:5s}")
    @SchedulerLock(name = "inbound-sweep", lockAtMostFor = "PT5M")
    public void sweep() {
        if (!gate.enter()) {
            return;
        }
        try {
            Set<String> waiting = new HashSet<>();
            for (InboxItem left : inbox.left(100)) {
                String client = left.channel() + ":" + left.address();
                if (waiting.contains(client)) {
                    continue;
                }
                if (inLanes.contains(left.id())) {
                    waiting.add(client); // not left behind, only behind a backlog: its lane takes it, then the rest
                    continue;
                }
                try {
                    process(inbox.claim(left.id()).orElse(null), false, outbox::sendNow);
                } catch (RuntimeException e) {
                    waiting.add(client);
                    log.error("Inbound message {} failed again", left.id(), e);
                }
            }
        } finally {
            gate.exit();
        }
    }

    @Scheduled(fixedDelayString = "${skilltalk.conversation.receipt-sweep:1h}", initialDelayString = "${skilltalk.conversation.receipt-sweep:1h}")
    @SchedulerLock(name = "receipt-sweep")
    public void forgetOldReceipts() {
        inbox.forgetReceiptsBefore(clock.instant().minus(properties.keepReceipts()));
    }

    private Optional<InboundMessage> applyRules(InboundMessage message) {
        Optional<InboundMessage> result = Optional.of(message);
        for (ChannelRules channel : rules) {
            if (channel.covers(message.channel())) {
                result = result.flatMap(channel::apply);
            }
        }
        return result;
    }

    private Participant participantFor(InboxItem item) {
        String address = Participant.address(item.channel(), item.address());
        return participants.findByAddress(address).orElseGet(() -> {
            try {
                return participants.insert(new Participant(UUID.randomUUID().toString(), item.channel(), address,
                        null, item.receivedAt()));
            } catch (DuplicateKeyException createdByAnotherInstance) {
                return participants.findByAddress(address).orElseThrow();
            }
        });
    }

    /** "nl-BE" and "NL" both mean nl to the engine. */
    private static String primaryLanguage(String code) {
        return code == null ? null : code.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * Stops before sending stops, so replies to the messages in hand still go out: the senders finish what
     * their lanes gave them while the outbox still sends.
     */
    @Override
    protected void stopped(boolean drained) {
        if (!drained) {
            log.warn("Stopped with inbound messages still being processed");
        }
        for (int i = 0; i < lanes.length; i++) {
            lanes[i].shutdownNow();
            senders[i].shutdown();
        }
    }
}
