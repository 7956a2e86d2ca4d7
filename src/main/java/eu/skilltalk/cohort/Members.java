package eu.skilltalk.cohort;

import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The clients of a cohort and when they joined. */
@Component
public class Members {

    private final MongoTemplate mongo;
    private final Enrolments enrolments;

    Members(MongoTemplate mongo, Enrolments enrolments) {
        this.mongo = mongo;
        this.enrolments = enrolments;
    }

    /** The cohort's clients, oldest first. */
    public List<Participant> of(String cohortId) {
        return mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)).with(Sort.by("createdAt")),
                Participant.class);
    }

    /** When these clients joined their cohort, by participant id. */
    public Map<String, Instant> joinedAt(Collection<String> participantIds) {
        return enrolments.joinedAt(participantIds);
    }
}
