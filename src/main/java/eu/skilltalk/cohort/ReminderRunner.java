package eu.skilltalk.cohort;

import eu.skilltalk.schedule.QuietHours;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Runs the reminder rules: a client who went quiet with a question waiting gets a short nudge and that
 * question again. Never at night; never to a client who said stop; once per rule until the client writes
 * again. A claim on {@code reminders_sent} keeps two instances from nudging the same client twice.
 */
@Service
public class ReminderRunner {

    private final Reminders reminders;
    private final Members members;
    private final ProgressLog progress;
    private final ConversationService conversations;
    private final QuietHours quietHours;
    private final LocaleCatalog catalog;
    private final MongoTemplate mongo;
    private final Clock clock;

    ReminderRunner(Reminders reminders, Members members, ProgressLog progress, ConversationService conversations,
            QuietHours quietHours, LocaleCatalog catalog, MongoTemplate mongo, Clock clock) {
        this.reminders = reminders;
        this.members = members;
        this.progress = progress;
        this.conversations = conversations;
        this.quietHours = quietHours;
        this.catalog = catalog;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Checks every rule; returns how many clients were nudged. */
    @Scheduled(fixedDelayString = "${skilltalk.cohort.reminder-poll:5m}")
    public int run() {
        Instant now = clock.instant();
        if (quietHours.quiet(now)) {
            return 0;
        }
        int nudged = 0;
        for (Reminder reminder : reminders.findAll()) {
            List<Participant> clients = members.of(reminder.cohortId()).stream()
                    .filter(p -> !p.stopped() && p.lastSeenAt() != null
                            && !p.lastSeenAt().isAfter(now.minus(Duration.ofDays(reminder.inactiveDays()))))
                    .toList();
            List<String> ids = clients.stream().map(Participant::id).toList();
            Map<String, State> states = conversations.states(ids);
            Map<String, ModuleProgress> modules = progress.of(ids);
            for (Participant client : clients) {
                State state = states.get(client.id());
                boolean waiting = state != null && (state.status() == Status.ACTIVE || state.status() == Status.PAUSED);
                boolean unfinished = reminder.dialog() == null || !modules.containsKey(client.id())
                        || !modules.get(client.id()).completed(reminder.dialog());
                if (waiting && unfinished && claim(reminder, client, now) && conversations.repeat(client.id(),
                        language -> List.of(Reply.of(catalog.render(language, "cohort.reminder"))))) {
                    nudged++;
                }
            }
        }
        return nudged;
    }

    /** Whether this instance may nudge the client: no nudge by this rule since they last wrote. */
    private boolean claim(Reminder reminder, Participant client, Instant now) {
        String key = reminder.id() + ":" + client.id();
        try {
            var result = mongo.upsert(
                    Query.query(Criteria.where("_id").is(key).and("at").lt(client.lastSeenAt())),
                    new Update().set("at", now), SentReminder.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNudged) {
            return false;
        }
    }
}
