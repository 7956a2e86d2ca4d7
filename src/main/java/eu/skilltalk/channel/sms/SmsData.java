package eu.skilltalk.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the SMS and WhatsApp channels keep about a number: opt-out and reachability, and the parts sent with
 * their status. Messages not yet processed wait in the conversation's inbox, which has its own.
 */
@Configuration(proxyBeanMethods = false)
class SmsData {

    @Bean
    PersonalData smsContactPersonalData(MongoTemplate mongo, Participants participants) {
        return StoredData.byAddress(mongo, participants, SmsContact.class,
                p -> Optional.of(where("_id").is(p.address())));
    }

    @Bean
    PersonalData smsSentPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, SentMessage.class, "participantId");
    }
}
