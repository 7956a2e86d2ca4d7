package eu.skilltalk.channel.simulator;

import eu.skilltalk.delivery.ChannelSender;
import eu.skilltalk.delivery.OutboxItem;
import org.springframework.stereotype.Component;

/** "Sends" to the simulator by adding the message to the conversation's transcript. */
@Component
class SimulatorSender implements ChannelSender {

    static final String CHANNEL = "simulator";

    private final SimulatorTranscript transcript;

    SimulatorSender(SimulatorTranscript transcript) {
        this.transcript = transcript;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public String send(OutboxItem item) {
        transcript.add(item.address(), SimulatorMessage.OUT, item.text(), item.choices(), item.imageUrl());
        return null;
    }
}
