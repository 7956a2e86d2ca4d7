package eu.skilltalk.channel.sms;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and changes {@link SmsContact}s, one field at a time so concurrent changes do not overwrite each other.
 * An opt-out is also recorded on the participant ({@code stopped}), so reminders and coach prompts skip them.
 */
@Component
@TwilioEnabled
class SmsContacts {

    private final MongoTemplate mongo;

    SmsContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<SmsContact> find(String address) {
        return Optional.ofNullable(mongo.findById(address, SmsContact.class));
    }

    void optOut(String address, Instant at) {
        optOut(address, at, null);
    }

    /** Opts out, letting the one outbox item {@code farewell} (the STOP confirmation) still go. */
    void optOut(String address, Instant at, String farewell) {
        set(address, new Update().set("optedOutAt", at).set("farewell", farewell));
        markStopped(address, true);
    }

    void optIn(String address, Instant at) {
        Instant optedOutAt = find(address).map(SmsContact::optedOutAt).orElse(null);
        set(address, new Update().unset("optedOutAt").unset("farewell").set("silentFrom", optedOutAt)
                .set("silentUntil", at));
        markStopped(address, false);
    }

    /** Remembers what a Twilio error code says about the number: opted out (21610) or unreachable. */
    void learn(String address, Integer errorCode, Instant at) {
        switch (TwilioErrors.of(errorCode, null)) {
            case OPTED_OUT -> optOut(address, at);
            case UNREACHABLE -> unreachable(address, errorCode, at);
            default -> {
                // Says nothing about the number.
            }
        }
    }

    void unreachable(String address, int code, Instant at) {
        set(address, new Update().set("unreachableAt", at).set("unreachableCode", code));
    }

    /** A message from the number proves it can take messages again. */
    void reachable(String address) {
        set(address, new Update().unset("unreachableAt").unset("unreachableCode"));
    }

    void offered(String address, List<Choice> choices) {
        set(address, new Update().set("offered", choices));
    }

    private void markStopped(String address, boolean stopped) {
        mongo.updateFirst(query(where("address").is(address)), Update.update("stopped", stopped), Participant.class);
    }

    private void set(String address, Update update) {
        mongo.upsert(query(where("_id").is(address)), update, SmsContact.class);
    }
}
