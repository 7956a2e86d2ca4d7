package eu.skilltalk.coach;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Coach chat lines by client, oldest first. */
interface InboxMessages extends MongoRepository<InboxMessage, String> {

    List<InboxMessage> findByParticipantIdOrderByAtAsc(String participantId);
}
