package eu.skilltalk.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Turns broadcasts into jobs, one page of clients at a time and only while few messages wait, so a cohort of
 * thousands is worked at the sending rate rather than queued at once. Each job's id is
 * {@code <broadcast>:<participant>}: a page produced again after a crash adds nothing.
 */
@Component
class BroadcastProducer {

    /** Clients per page at most. */
    static final int PAGE = 100;

    private final Broadcasts broadcasts;
    private final Jobs jobs;
    private final Outbox outbox;
    private final MongoTemplate mongo;
    private final QuietHours quietHours;
    private final ScheduleProperties properties;
    private final Clock clock;

    BroadcastProducer(Broadcasts broadcasts, Jobs jobs, Outbox outbox, MongoTemplate mongo, QuietHours quietHours,
            ScheduleProperties properties, Clock clock) {
        this.broadcasts = broadcasts;
        this.jobs = jobs;
        this.outbox = outbox;
        this.mongo = mongo;
        this.quietHours = quietHours;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${skilltalk.schedule.poll:1s}")
    public void produce() {
        Instant now = clock.instant();
        if (quietHours.quiet(now)) {
            return;
        }
        long room = properties.maxQueued() - outbox.waiting() - jobs.dueCount();
        if (room > 0) {
            broadcasts.claimDue(properties.lease()).ifPresent(b -> producePage(b, (int) Math.min(room, PAGE), now));
        }
    }

    private void producePage(Broadcast broadcast, int size, Instant now) {
        Query query = new Query(where("cohortId").is(broadcast.cohortId()).and("stopped").ne(true));
        if (broadcast.cursor() != null) {
            query.addCriteria(where("_id").gt(broadcast.cursor()));
        }
        query.with(Sort.by("_id")).limit(size).fields().include("_id");
        List<Participant> page = mongo.find(query, Participant.class);
        int produced = 0;
        for (Participant participant : page) {
            if (jobs.scheduleOnce(broadcast.id() + ":" + participant.id(), participant.id(), broadcast.id(),
                    broadcast.task(), now)) {
                produced++;
            }
        }
        String cursor = page.isEmpty() ? null : page.get(page.size() - 1).id();
        broadcasts.advance(broadcast, cursor, produced, page.size() < size);
    }
}
