package eu.skilltalk.conversation;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Sessions by participant id. */
interface Sessions extends MongoRepository<SessionDocument, String> {
}
