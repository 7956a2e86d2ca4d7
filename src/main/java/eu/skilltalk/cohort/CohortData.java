package eu.skilltalk.cohort;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The client's place in cohorts: when they joined, which modules they started and finished, and the last
 * reminder each rule gave them. Cohorts, prompts and reminder rules belong to coaches and stay.
 */
@Configuration(proxyBeanMethods = false)
class CohortData {

    @Bean
    PersonalData enrolmentPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, Enrolled.class, "_id");
    }

    @Bean
    PersonalData moduleProgressPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, ModuleProgress.class, "_id");
    }

    @Bean
    PersonalData remindersSentPersonalData(MongoTemplate mongo) {
        // keyed <reminder id>:<participant id>
        return StoredData.matching(mongo, SentReminder.class,
                id -> where("_id").regex(":" + Pattern.quote(id) + "$"));
    }
}
