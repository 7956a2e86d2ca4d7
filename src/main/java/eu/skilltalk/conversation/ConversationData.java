package eu.skilltalk.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A client's conversation: the answer log, the session (where they are, saved variables such as their name)
 * and messages not yet processed. Inbound receipts hold only a channel's message id and are no client data.
 */
@Configuration(proxyBeanMethods = false)
class ConversationData {

    @Bean
    PersonalData answerLogPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, RecordedAnswer.class, "participantId");
    }

    @Bean
    PersonalData sessionDataPersonalData(MongoTemplate mongo) {
        return StoredData.byParticipantId(mongo, SessionDocument.class, "_id");
    }

    @Bean
    PersonalData unprocessedMessagesPersonalData(MongoTemplate mongo, Participants participants) {
        return StoredData.byAddress(mongo, participants, InboxItem.class, p -> Optional.of(
                where("channel").is(p.channel()).and("address").is(p.channelAddress())));
    }
}
