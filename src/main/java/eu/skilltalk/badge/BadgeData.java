package eu.skilltalk.badge;

import eu.skilltalk.participant.PersonalData;
import eu.skilltalk.participant.StoredData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The client's badges and how badges name them. Erasure revokes every badge and strips what links it to
 * the client ({@link Badges#revokeAllFor}), so a hosted assertion someone was shown answers 410 Gone
 * without personal data instead of disappearing unexplained.
 */
@Component
class BadgeData implements PersonalData {

    private final Badges badges;
    private final StoredData assertions;
    private final StoredData recipient;

    BadgeData(Badges badges, MongoTemplate mongo) {
        this.badges = badges;
        this.assertions = StoredData.byParticipantId(mongo, BadgeAssertion.class, "participantId");
        this.recipient = StoredData.byParticipantId(mongo, BadgeRecipient.class, "_id");
    }

    @Override
    public String name() {
        return "badges";
    }

    @Override
    public Map<String, Object> export(String participantId) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(assertions.name(), assertions.export(participantId));
        all.put(recipient.name(), recipient.export(participantId));
        return all;
    }

    @Override
    public long erase(String participantId) {
        return badges.revokeAllFor(participantId);
    }
}
