package eu.skilltalk.channel.simulator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The simulator's copy of a conversation: every line in and out, shown on the web chat page. */
@Configuration(proxyBeanMethods = false)
class SimulatorData {

    @Bean
    PersonalData simulatorTranscriptPersonalData(MongoTemplate mongo, Participants participants) {
        return StoredData.byAddress(mongo, participants, SimulatorMessage.class, p -> Optional.of(p)
                .filter(client -> client.channel().equals(SimulatorSender.CHANNEL))
                .map(client -> where("conversationId").is(client.channelAddress())));
    }
}
