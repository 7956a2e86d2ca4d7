package eu.skilltalk.cohort;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.schedule.Broadcasts;
import eu.skilltalk.schedule.Task;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives prompts stored by an earlier version (a list of recipients and a status, no broadcast) a broadcast, so
 * none is lost: a dialog that was still waiting for its time becomes a broadcast to the same clients and starts
 * when due; one that went out already gets a finished broadcast with the count it had, so the dashboard shows it
 * as sent. Runs at every start and finds nothing once done; an instance that loses the race for a prompt cancels
 * the broadcast it made for it.
 */
@Component
public class PromptMigration {

    private static final Logger log = LoggerFactory.getLogger(PromptMigration.class);
    private static final String COLLECTION = "prompts";

    private final MongoTemplate mongo;
    private final Broadcasts broadcasts;

    PromptMigration(MongoTemplate mongo, Broadcasts broadcasts) {
        this.mongo = mongo;
        this.broadcasts = broadcasts;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void migrate() {
        List<Document> earlier = mongo.find(Query.query(where("broadcastId").exists(false)), Document.class,
                COLLECTION);
        int migrated = 0;
        for (Document prompt : earlier) {
            String broadcastId = broadcastFor(prompt);
            boolean mine = mongo.updateFirst(Query.query(where("_id").is(prompt.get("_id")).and("broadcastId")
                    .exists(false)), new Update().set("broadcastId", broadcastId).unset("recipients").unset("status")
                    .unset("started"), COLLECTION).getModifiedCount() > 0;
            if (mine) {
                migrated++;
            } else {
                broadcasts.cancel(broadcastId);
            }
        }
        if (migrated > 0) {
            log.info("Gave {} prompts of an earlier version a broadcast", migrated);
        }
    }

    private String broadcastFor(Document prompt) {
        String cohortId = prompt.getString("cohortId");
        String text = prompt.getString("text");
        Task task = text != null ? Task.text(text) : Task.dialog(prompt.getString("dialog"));
        Instant sendAt = prompt.getDate("sendAt").toInstant();
        List<String> recipients = prompt.getList("recipients", String.class, List.of());
        if (text == null && "SCHEDULED".equals(prompt.getString("status")) && !recipients.isEmpty()) {
            try {
                return broadcasts.accept(cohortId, recipients, task, sendAt);
            } catch (IllegalArgumentException dialogGone) {
                log.warn("A waiting prompt of an earlier version names a dialog that is gone; recorded as not sent");
                return broadcasts.recordSent(cohortId, task, sendAt, recipients.size(), 0);
            }
        }
        // A text was queued for every recipient when sent; a dialog counted the clients it started.
        long done = text != null ? recipients.size() : prompt.get("started", 0);
        return broadcasts.recordSent(cohortId, task, sendAt, recipients.size(), done);
    }
}
