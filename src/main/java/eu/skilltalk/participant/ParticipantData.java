package eu.skilltalk.participant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The client's own record (address, language, cohort, consent); erased after every other feature's data. */
@Configuration(proxyBeanMethods = false)
class ParticipantData {

    @Bean
    PersonalData participantRecordPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, Participant.class, "_id");
    }
}
