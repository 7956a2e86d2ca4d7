package eu.skilltalk.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.delivery.OutboxItem;
import eu.skilltalk.participant.ClientData;
import eu.skilltalk.participant.FeatureUse;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Erasure on request: a client's "delete me" is asked, confirmed, and carried out by a sweep once the
 * goodbye message went out (it is queued in the same turn, so erasing at once would leave it behind, and
 * a client should hear that it is done); a coach's erasure happens at once.
 */
@Service
public class Erasures {

    /** What {@link FeatureUse} marks: the client asked to be deleted. */
    static final String DELETE_ME = "delete-me";

    private final MongoTemplate mongo;
    private final ClientData data;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final FeatureUse use;

    Erasures(MongoTemplate mongo, ClientData data, PrivacyProperties properties, Clock clock, FeatureUse use) {
        this.mongo = mongo;
        this.data = data;
        this.properties = properties;
        this.clock = clock;
        this.use = use;
    }

    /** Erases the client everywhere now; returns the records each feature removed or anonymised. */
    public Map<String, Long> eraseNow(String participantId) {
        Map<String, Long> counts = data.erase(participantId);
        mongo.remove(byId(participantId), ErasureRequest.class);
        return counts;
    }

    /** The client was asked whether to delete everything. */
    void ask(Participant participant, Instant at) {
        use.mark(participant, DELETE_ME);
        mongo.save(new ErasureRequest(participant.id(), at, null));
    }

    /** The client's request, if they asked recently or confirmed; an unanswered old question is forgotten. */
    Optional<ErasureRequest> request(Participant participant, Instant now) {
        if (!participant.mayHaveUsed(DELETE_ME)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(participant.id(), ErasureRequest.class))
                .filter(r -> r.confirmed() || r.askedAt().plus(properties.confirmFor()).isAfter(now));
    }

    void confirm(String participantId, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(participantId)), new Update().set("confirmedAt", at),
                ErasureRequest.class);
    }

    void withdraw(String participantId) {
        mongo.remove(byId(participantId), ErasureRequest.class);
    }

    /** Erases confirmed clients whose goodbye went out, or who waited too long for it (a channel down). */
    @Scheduled(fixedDelayString = "${skilltalk.privacy.sweep:10s}", initialDelayString = "${skilltalk.privacy.sweep:10s}")
    @SchedulerLock(name = "erasure-sweep", lockAtMostFor = "PT10M")
    public void sweep() {
        Instant giveUp = clock.instant().minus(properties.lastMessage());
        for (ErasureRequest request : mongo.find(Query.query(where("confirmedAt").ne(null)), ErasureRequest.class)) {
            boolean goodbyeWaiting = mongo.exists(Query.query(where("participantId").is(request.participantId())),
                    OutboxItem.class);
            if (!goodbyeWaiting || request.confirmedAt().isBefore(giveUp)) {
                eraseNow(request.participantId());
            }
        }
    }

    private static Query byId(String id) {
        return Query.query(where("_id").is(id));
    }
}
