package eu.skilltalk.cohort;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.repository.MongoRepository;

/** When clients joined their cohort. */
interface Enrolments extends MongoRepository<Enrolled, String> {

    /** Join times of these clients, by participant id. */
    default Map<String, Instant> joinedAt(Collection<String> participantIds) {
        Map<String, Instant> joined = new HashMap<>();
        findAllById(participantIds).forEach(e -> joined.put(e.participantId(), e.at()));
        return joined;
    }
}
