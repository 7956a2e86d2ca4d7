package eu.skilltalk.cohort;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.dialog.Event;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps each client's {@link ModuleProgress} from the dialogs they start and finish. */
@Component
public class ProgressLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    ProgressLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void on(ConversationEvent event) {
        Update update;
        if (event.event() instanceof Event.DialogStarted started) {
            // A restarted dialog is unfinished again.
            update = new Update().set("dialogs." + started.dialog() + ".startedAt", clock.instant())
                    .set("dialogs." + started.dialog() + ".completedAt", null);
        } else if (event.event() instanceof Event.DialogCompleted completed) {
            update = new Update().set("dialogs." + completed.dialog() + ".completedAt", clock.instant());
        } else {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(event.participantId())), update, ModuleProgress.class);
    }

    /** Progress of these clients, by participant id; clients who never started a dialog are missing. */
    public Map<String, ModuleProgress> of(Collection<String> participantIds) {
        Map<String, ModuleProgress> progress = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(participantIds)), ModuleProgress.class)
                .forEach(p -> progress.put(p.participantId(), p));
        return progress;
    }
}
