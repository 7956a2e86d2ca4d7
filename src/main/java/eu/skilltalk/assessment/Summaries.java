package eu.skilltalk.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.coach.ObservedLevels;
import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.dialog.Profiles;
import eu.skilltalk.dialog.State;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Clients' summaries, kept up to date: a summary is computed again whenever what it was computed from (answers,
 * goal, observations, a coach's desired levels) has changed since, and stored with those inputs.
 */
@Service
class Summaries {

    /** 144 random bits: a chart link cannot be guessed. */
    private static final int TOKEN_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Answers answers;
    private final ObservedLevels observed;
    private final ConversationService conversations;
    private final Assessment assessment;
    private final Clock clock;

    Summaries(MongoTemplate mongo, Answers answers, ObservedLevels observed, ConversationService conversations,
            Content content, AssessmentProperties properties, Clock clock) {
        this.mongo = mongo;
        this.answers = answers;
        this.observed = observed;
        this.conversations = conversations;
        this.assessment = new Assessment(content.dialogs(), properties);
        this.clock = clock;
    }

    /** The client's summary now, from the stored answers and the goal in their session. */
    StoredSummary current(String participantId) {
        State state = conversations.states(List.of(participantId)).get(participantId);
        return current(participantId, state == null ? null : state.variables().get(Profiles.GOAL_VARIABLE),
                List.of());
    }

    /**
     * The client's summary with answers not yet in the log (the turn being committed) added.
     *
     * @param goal the saved goal, or {@code null}
     */
    StoredSummary current(String participantId, String goal, List<Answered> notYetLogged) {
        List<Answered> given = new ArrayList<>(answers(participantId));
        given.addAll(notYetLogged);
        SummaryInputs inputs = assessment.inputs(goal, given, observed.latest(participantId), overrides(participantId));
        Optional<StoredSummary> stored = Optional.ofNullable(mongo.findById(participantId, StoredSummary.class));
        if (stored.isPresent() && inputs.equals(stored.get().inputs()) && stored.get().chartToken() != null) {
            return stored.get();
        }
        Query mine = Query.query(where("_id").is(participantId));
        mongo.upsert(mine, new Update().setOnInsert("chartToken", token()), StoredSummary.class);
        mongo.updateFirst(mine, new Update().set("inputs", inputs).set("summary", assessment.summarize(inputs))
                .set("computedAt", clock.instant()), StoredSummary.class);
        return mongo.findById(participantId, StoredSummary.class);
    }

    /** The summary behind a chart link. */
    Optional<StoredSummary> byChartToken(String token) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("chartToken").is(token)), StoredSummary.class));
    }

    /** The client's stories by competence, in their own words. */
    Map<String, String> stories(String participantId, List<Answered> notYetLogged) {
        List<Answered> given = new ArrayList<>(answers(participantId));
        given.addAll(notYetLogged);
        return assessment.reader().stories(given);
    }

    List<SummaryInputs.Level> overrides(String participantId) {
        DesiredOverride override = mongo.findById(participantId, DesiredOverride.class);
        return override == null ? List.of() : override.levels();
    }

    /** Replaces a coach's desired levels for the client (none: the goal profile's levels again). */
    void override(String participantId, List<SummaryInputs.Level> levels, String coach) {
        mongo.save(new DesiredOverride(participantId, levels, coach, clock.instant()));
    }

    private List<Answered> answers(String participantId) {
        return answers.findByParticipantIdOrderByAtAsc(participantId).stream().map(Answered::of).toList();
    }

    private static String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
