package eu.skilltalk.schedule;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
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

    /**
     * Produces the jobs of the next page: the clients after the cursor, in id order, who have not said stop (the
     * chosen ones only, when the broadcast names some). MongoDB serves this from its {@code cohortId} and
     * {@code _id} indexes. The embedded store (no secondary indexes) walks participants in {@code _id} order from
     * the cursor and stops when the page is full, or looks the chosen ids up: a page reads the participants
     * between two cursors, not the whole collection (docs/bench.md).
     */
    private void producePage(Broadcast broadcast, int size, Instant now) {
        Criteria clients = where("cohortId").is(broadcast.cohortId()).and("stopped").ne(true);
        if (broadcast.cursor() != null || broadcast.participantIds() != null) {
            Criteria id = clients.and("_id");
            if (broadcast.cursor() != null) {
                id.gt(broadcast.cursor());
            }
            if (broadcast.participantIds() != null) {
                id.in(broadcast.participantIds());
            }
        }
        Query query = new Query(clients).with(Sort.by("_id")).limit(size);
        query.fields().include("_id");
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
