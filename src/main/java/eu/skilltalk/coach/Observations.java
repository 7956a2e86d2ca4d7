package eu.skilltalk.coach;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Observations by client, newest first. */
interface Observations extends MongoRepository<Observation, String> {

    List<Observation> findByParticipantIdOrderByAtDesc(String participantId);

    List<Observation> findByParticipantIdInOrderByAtDesc(Collection<String> participantIds);
}
