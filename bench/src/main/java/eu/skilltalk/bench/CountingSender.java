package eu.skilltalk.bench;

import eu.skilltalk.delivery.ChannelSender;
import eu.skilltalk.delivery.OutboxItem;
import java.util.concurrent.atomic.AtomicLong;

/** A channel that delivers instantly and counts what it sent: the bench measures SkillTalk, not a provider. */
final class CountingSender implements ChannelSender {

    private final String channel;
    private final AtomicLong sent = new AtomicLong();

    CountingSender(String channel) {
        this.channel = channel;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String send(OutboxItem item) {
        sent.incrementAndGet();
        return null;
    }

    long sent() {
        return sent.get();
    }
}
