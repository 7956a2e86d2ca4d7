package eu.skilltalk.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A channel that records what it sends, in order, and fails on demand. */
public class RecordingSender implements ChannelSender {

    /** One message as the client would get it. */
    public record Sent(String address, String text) {
    }

    private final String channel;
    public final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    public final List<DeliveryException> failures = Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger calls = new AtomicInteger();
    /** Runs once, in the next send, before it completes: what happens elsewhere while a message is in flight. */
    public volatile Runnable duringNextSend = () -> { };

    public RecordingSender(String channel) {
        this.channel = channel;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String send(OutboxItem item) throws DeliveryException {
        calls.incrementAndGet();
        Runnable during = duringNextSend;
        duringNextSend = () -> { };
        during.run();
        if (!failures.isEmpty()) {
            throw failures.remove(0);
        }
        sent.add(new Sent(item.address(), item.text()));
        return "provider-" + item.id();
    }

    /** Texts sent to one address, in order. */
    public List<String> to(String address) {
        return sent.stream().filter(s -> s.address().equals(address)).map(Sent::text).toList();
    }

    public List<String> texts() {
        return sent.stream().map(Sent::text).toList();
    }

    public void clear() {
        sent.clear();
        failures.clear();
        calls.set(0);
        duringNextSend = () -> { };
    }
}
