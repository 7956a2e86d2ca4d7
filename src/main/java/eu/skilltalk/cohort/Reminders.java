package eu.skilltalk.cohort;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Reminder rules by cohort. */
public interface Reminders extends MongoRepository<Reminder, String> {

    List<Reminder> findByCohortIdOrderByCreatedAtAsc(String cohortId);
}
