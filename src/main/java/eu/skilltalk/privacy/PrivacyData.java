package eu.skilltalk.privacy;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** This module's own traces of a client: a pending "delete me", "my data" links, a retention notice. */
@Configuration(proxyBeanMethods = false)
class PrivacyData {

    @Bean
    PersonalData erasureRequestPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, ErasureRequest.class, "_id");
    }

    @Bean
    PersonalData myDataLinksPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, MyDataLink.class, "participantId");
    }

    @Bean
    PersonalData retentionNoticePersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, RetentionNotice.class, "_id");
    }
}
