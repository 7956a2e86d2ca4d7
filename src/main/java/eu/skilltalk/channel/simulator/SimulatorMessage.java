package eu.skilltalk.channel.simulator;

import eu.skilltalk.dialog.Choice;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One line of a simulator conversation's transcript, in or out. */
@Document("simulator_messages")
@CompoundIndex(name = "conversation_sequence", def = "{'conversationId': 1, 'sequence': 1}")
record SimulatorMessage(@Id String id, String conversationId, String direction, String text, List<Choice> choices,
        String imageUrl, Instant at, long sequence) {

    static final String IN = "in";
    static final String OUT = "out";
}
