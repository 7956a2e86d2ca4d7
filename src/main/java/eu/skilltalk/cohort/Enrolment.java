package eu.skilltalk.cohort;

import eu.skilltalk.conversation.Diversion;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Enrols a client whose message is a cohort's join code: the client is told which group they joined and
 * the conversation goes on. Sending another cohort's code moves the client there; sending the same code
 * again changes nothing. Comes before every other diversion, so a join code always works.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Enrolment implements Diversion {

    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final MongoTemplate mongo;
    private final LocaleCatalog catalog;

    Enrolment(Cohorts cohorts, Enrolments enrolments, MongoTemplate mongo, LocaleCatalog catalog) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.mongo = mongo;
        this.catalog = catalog;
    }

    @Override
    public Optional<Diverted> divert(Participant participant, String text, String language, Instant at) {
        return JoinCodes.in(text).flatMap(cohorts::findByJoinCode).map(cohort -> {
            if (!cohort.id().equals(participant.cohortId())) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(participant.id())),
                        new Update().set("cohortId", cohort.id()), Participant.class);
                enrolments.save(new Enrolled(participant.id(), cohort.id(), at));
            }
            return new Diverted(List.of(Reply.of(catalog.render(language, "cohort.joined",
                    Map.of("cohort", cohort.name())))), true);
        });
    }
}
