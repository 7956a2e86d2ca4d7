package eu.skilltalk.cohort;

import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Those of {@code participantIds} who are not clients of the cohort (read by {@code _id}, not the whole cohort). */
    public List<String> strangers(String cohortId, Collection<String> participantIds) {
        Query query = Query.query(Criteria.where("_id").in(participantIds));
        query.fields().include("cohortId");
        Set<String> members = mongo.find(query, Participant.class).stream()
                .filter(p -> cohortId.equals(p.cohortId())).map(Participant::id).collect(Collectors.toSet());
        return participantIds.stream().filter(id -> !members.contains(id)).distinct().toList();
    }

    /** When these clients joined their cohort, by participant id. */
    public Map<String, Instant> joinedAt(Collection<String> participantIds) {
        return enrolments.joinedAt(participantIds);
    }
}
