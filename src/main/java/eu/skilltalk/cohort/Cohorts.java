package eu.skilltalk.cohort;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/** All cohorts; looked up by their unique join code or by their coach. */
public interface Cohorts extends MongoRepository<Cohort, String> {

    Optional<Cohort> findByJoinCode(String joinCode);

    List<Cohort> findByCoachIdOrderByCreatedAtDesc(String coachId);

    List<Cohort> findAllByOrderByCreatedAtDesc();
}
