package eu.skilltalk.channel.telegram;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.participant.Participants;
import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What the Telegram channel keeps about a chat: the keyboard last shown and a message being sent in parts. */
@Configuration(proxyBeanMethods = false)
class TelegramData {

    @Bean
    PersonalData telegramChatPersonalData(MongoTemplate mongo, Participants participants) {
        return StoredData.byAddress(mongo, participants, TelegramChat.class, p -> Optional.of(p)
                .filter(client -> client.channel().equals(TelegramInbound.CHANNEL))
                .map(client -> where("_id").is(client.channelAddress())));
    }
}
