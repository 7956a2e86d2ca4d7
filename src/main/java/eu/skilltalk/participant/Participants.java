package eu.skilltalk.participant;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All clients; looked up by their unique channel address. */
public interface Participants extends MongoRepository<Participant, String> {

    Optional<Participant> findByAddress(String address);
}
