package eu.skilltalk.cohort;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Prompts sent to cohorts, newest first per cohort. */
public interface Prompts extends MongoRepository<Prompt, String> {

    List<Prompt> findByCohortIdOrderByCreatedAtDesc(String cohortId);
}
