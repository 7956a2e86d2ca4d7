package eu.skilltalk.coach;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Coach chats by participant id. */
interface InboxThreads extends MongoRepository<InboxThread, String> {
}
