package eu.skilltalk.coach;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What coaches keep about a client: their observations and the chat between coach and client. */
@Configuration(proxyBeanMethods = false)
class CoachData {

    @Bean
    PersonalData observationNotesPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, Observation.class, "participantId");
    }

    @Bean
    PersonalData coachChatPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, InboxMessage.class, "participantId");
    }

    @Bean
    PersonalData coachChatThreadPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, InboxThread.class, "_id");
    }
}
