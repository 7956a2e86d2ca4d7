package eu.skilltalk.assessment;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What results keep about a client, for "my data" and "delete me": the summary (with its inputs and chart
 * link; erasing it also kills the link) and a coach's desired levels. The chart itself is never stored.
 */
@Configuration(proxyBeanMethods = false)
class ResultsData {

    @Bean
    PersonalData summariesData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, StoredSummary.class, "_id");
    }

    @Bean
    PersonalData desiredLevelsData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, DesiredOverride.class, "_id");
    }
}
