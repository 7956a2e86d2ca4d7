package eu.skilltalk.channel.simulator;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Simulator transcripts. */
interface SimulatorMessages extends MongoRepository<SimulatorMessage, String> {

    List<SimulatorMessage> findByConversationIdOrderBySequenceAsc(String conversationId);
}
