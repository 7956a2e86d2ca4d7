package eu.skilltalk.channel.simulator;

import eu.skilltalk.dialog.Choice;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Appends to and reads simulator transcripts, keeping lines in the order they happened. */
@Component
class SimulatorTranscript {

    /** Longer lines are cut in the transcript; the conversation itself is not affected. */
    static final int MAX_LINE = 2000;

    private final SimulatorMessages messages;
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();

    SimulatorTranscript(SimulatorMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void add(String conversationId, String direction, String text, List<Choice> choices, String imageUrl) {
        Instant now = clock.instant();
        // Time first, then a per-instance counter: stable order within one instance and across restarts.
        long sequence = now.toEpochMilli() * 1_000_000 + counter.incrementAndGet() % 1_000_000;
        String line = text != null && text.length() > MAX_LINE ? text.substring(0, MAX_LINE) + "…" : text;
        messages.insert(new SimulatorMessage(UUID.randomUUID().toString(), conversationId, direction, line, choices,
                imageUrl, now, sequence));
    }

    List<SimulatorMessage> read(String conversationId) {
        return messages.findByConversationIdOrderBySequenceAsc(conversationId);
    }
}
