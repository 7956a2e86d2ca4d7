package eu.skilltalk.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases clients who have been quiet too long ({@code skilltalk.privacy.retention}); the store has no TTL
 * indexes, so a sweep does it. A client who consented is told {@code warnBefore} ahead and keeps their
 * data by writing anything; one who said stop gets no message (they asked for none) and one who never
 * consented was told nothing is kept, so both are erased without one.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final MongoTemplate mongo;
    private final Erasures erasures;
    private final MyDataLinks links;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final PrivacyProperties properties;
    private final Clock clock;

    Retention(MongoTemplate mongo, Erasures erasures, MyDataLinks links, Outbox outbox, LocaleCatalog catalog,
            PrivacyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.erasures = erasures;
        this.links = links;
        this.outbox = outbox;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${skilltalk.privacy.retention-sweep:1h}", initialDelayString = "${skilltalk.privacy.retention-sweep:1h}")
    @SchedulerLock(name = "retention-sweep", lockAtMostFor = "PT30M")
    public void sweep() {
        Instant now = clock.instant();
        PrivacyProperties.Retention retention = properties.retention();
        int erased = 0;
        for (Participant quiet : quietSince(now.minus(retention.withoutConsent()), false)) {
            erasures.eraseNow(quiet.id());
            erased++;
        }
        for (Participant quiet : quietSince(now.minus(retention.inactiveFor()), true)) {
            if (quiet.stopped() || warnedLongEnough(quiet, now)) {
                erasures.eraseNow(quiet.id());
                erased++;
            }
        }
        int warned = 0;
        for (Participant soon : quietSince(warnedIfQuietSince(now), true)) {
            if (!soon.stopped() && notice(soon) == null) {
                warn(soon, now);
                warned++;
            }
        }
        links.forgetExpired();
        if (erased + warned > 0) {
            log.info("Retention: {} inactive clients erased, {} warned", erased, warned);
        }
    }

    /**
     * A client told their data goes soon wrote something (at {@code at}): forget the notice.
     *
     * @param client the client as stored before this message, so {@code lastSeenAt} is when they wrote before
     * @return whether there was one (then the client is thanked)
     */
    boolean keep(Participant client, Instant at) {
        // Runs for every inbound message and almost nobody has a notice. Only a client quiet for longer than
        // the sweep waits before warning can have been warned since they last wrote (an older notice no longer
        // counts), so everyone else costs no read at all; a read costs no write (and no commit).
        if (client.lastSeenAt() != null && client.lastSeenAt().isAfter(warnedIfQuietSince(at))) {
            return false;
        }
        return mongo.findById(client.id(), RetentionNotice.class) != null
                && mongo.findAndRemove(Query.query(where("_id").is(client.id())), RetentionNotice.class) != null;
    }

    /** A consenting client who wrote nothing since this moment is warned by the sweep at {@code now}. */
    private Instant warnedIfQuietSince(Instant now) {
        PrivacyProperties.Retention retention = properties.retention();
        return now.minus(retention.inactiveFor()).plus(retention.warnBefore());
    }

    /** Clients who consented (or not) and wrote nothing since {@code before}. */
    private List<Participant> quietSince(Instant before, boolean consented) {
        Criteria consent = consented ? where("consentVersion").ne(null) : where("consentVersion").is(null);
        Query query = Query.query(where("lastSeenAt").lt(before)).addCriteria(consent);
        query.fields().include("_id", "channel", "address", "language", "stopped", "lastSeenAt", "consentVersion");
        return mongo.find(query, Participant.class);
    }

    /** A notice given after the client last wrote, at least {@code warnBefore} ago. */
    private boolean warnedLongEnough(Participant quiet, Instant now) {
        RetentionNotice notice = notice(quiet);
        return notice != null && !notice.warnedAt().plus(properties.retention().warnBefore()).isAfter(now);
    }

    /** The notice given since the client last wrote, if any (an older one no longer counts). */
    private RetentionNotice notice(Participant quiet) {
        RetentionNotice notice = mongo.findById(quiet.id(), RetentionNotice.class);
        return notice == null || notice.warnedAt().isBefore(quiet.lastSeenAt()) ? null : notice;
    }

    private void warn(Participant client, Instant now) {
        String language = catalog.speaks(client.language()) ? client.language() : catalog.languages().get(0);
        String text = catalog.render(language, "privacy.retention.warning",
                Map.of("days", properties.retention().warnBefore().toDays()));
        mongo.save(new RetentionNotice(client.id(), now));
        outbox.enqueue(client.id(), client.channel(), client.channelAddress(), List.of(Reply.of(text)), now);
        outbox.sendNow(client.id());
    }
}
