package eu.skilltalk.understanding;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Evidence hints read from the client's stories, and how they compared with the client's own ratings. */
@Configuration(proxyBeanMethods = false)
class UnderstandingData {

    @Bean
    PersonalData storyHintsPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, StoryHint.class, "participantId");
    }
}
