package eu.skilltalk.schedule;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Jobs addressed to the client (a prompt's or broadcast's item for them, a follow-up). A broadcast itself
 * names only a cohort and is no client data.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleData {

    @Bean
    PersonalData scheduledJobsPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, Job.class, "participantId");
    }
}
