package eu.skilltalk.delivery;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Messages waiting to go to the client (with their text) and the record of those that went. */
@Configuration(proxyBeanMethods = false)
class DeliveryData {

    @Bean
    PersonalData queuedMessagesPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, OutboxItem.class, "participantId");
    }

    @Bean
    PersonalData deliveryRecordsPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, Delivery.class, "participantId");
    }
}
