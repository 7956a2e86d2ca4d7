package eu.skilltalk.cohort;

import eu.skilltalk.schedule.QuietHours;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends a coach's prompt to a cohort's clients, skipping those who said stop. A text goes into the outbox
 * with its due time; a dialog is started for each client (who gave consent) when it is due, by whichever
 * instance claims the prompt first. Times inside the quiet hours move to the morning.
 */
@Service
public class PromptSender {

    private final Prompts prompts;
    private final Members members;
    private final Outbox outbox;
    private final ConversationService conversations;
    private final QuietHours quietHours;
    private final MongoTemplate mongo;
    private final TaskExecutor executor;
    private final Clock clock;

    PromptSender(Prompts prompts, Members members, Outbox outbox, ConversationService conversations,
            QuietHours quietHours, MongoTemplate mongo, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.prompts = prompts;
        this.members = members;
        this.outbox = outbox;
        this.conversations = conversations;
        this.quietHours = quietHours;
        this.mongo = mongo;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Sends {@code text} or starts {@code dialog} (exactly one is set) for the cohort's clients, or only
     * for {@code participantIds} among them when that is not empty; now when {@code sendAt} is
     * {@code null} or past.
     */
    public Prompt send(Cohort cohort, String coachId, String text, String dialog, Instant sendAt,
            Collection<String> participantIds) {
        Instant now = clock.instant();
        Instant due = quietHours.allowed(sendAt == null || sendAt.isBefore(now) ? now : sendAt);
        List<Participant> recipients = members.of(cohort.id()).stream()
                .filter(p -> !p.stopped())
                .filter(p -> participantIds.isEmpty() || participantIds.contains(p.id()))
                .filter(p -> text != null || p.consented())
                .toList();
        Prompt prompt = prompts.insert(new Prompt(UUID.randomUUID().toString(), cohort.id(), coachId, text, dialog,
                recipients.stream().map(Participant::id).toList(), due,
                text != null ? Prompt.Status.QUEUED : Prompt.Status.SCHEDULED, now, 0));
        boolean dueNow = !due.isAfter(now);
        if (text != null) {
            recipients.forEach(p -> outbox.enqueue(p.id(), p.channel(), p.channelAddress(), List.of(Reply.of(text)), due));
            if (dueNow) {
                executor.execute(() -> recipients.forEach(p -> outbox.sendNow(p.id())));
            }
        } else if (dueNow) {
            executor.execute(this::startDue);
        }
        return prompt;
    }

    /** Starts the dialogs of every due prompt not yet claimed. */
    @Scheduled(fixedDelayString = "${skilltalk.cohort.prompt-poll:5s}")
    public void startDue() {
        Prompt prompt;
        while ((prompt = claim()) != null) {
            String dialog = prompt.dialog();
            int started = (int) prompt.recipients().stream().filter(id -> conversations.begin(id, dialog)).count();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(prompt.id())),
                    new Update().set("status", Prompt.Status.STARTED).set("started", started), Prompt.class);
        }
    }

    /** Claims one due prompt atomically, so two instances never start the same dialog twice. */
    private Prompt claim() {
        Query due = Query.query(Criteria.where("status").is(Prompt.Status.SCHEDULED).and("sendAt").lte(clock.instant()))
                .with(Sort.by("sendAt"));
        return mongo.findAndModify(due, new Update().set("status", Prompt.Status.STARTING),
                FindAndModifyOptions.options().returnNew(true), Prompt.class);
    }
}
