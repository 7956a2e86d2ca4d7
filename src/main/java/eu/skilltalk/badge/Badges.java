package eu.skilltalk.badge;

import eu.skilltalk.content.Content;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.locale.LocaleLoader;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Awards and revokes badges. An award stores the assertion (the recipient only hashed), then messages the
 * client the link in their language through the outbox, with the baked image where the channel shows
 * images (not SMS, where the link is the message). A client holds a class at most once until it is revoked.
 * {@link #revokeAllFor} serves erasure: every badge of the client is revoked and keeps no personal data.
 */
@Service
public class Badges {

    private static final Logger log = LoggerFactory.getLogger(Badges.class);
    private static final int ID_LENGTH = 16;
    /** Channels whose message shows no image: the link in the text is all. */
    private static final List<String> TEXT_ONLY = List.of("sms");

    /** The client already holds this badge class; {@code assertionId} is the badge they hold. */
    static final class AlreadyHeld extends RuntimeException {

        private final String assertionId;

        AlreadyHeld(String assertionId) {
            super("Already held as " + assertionId);
            this.assertionId = assertionId;
        }

        String assertionId() {
            return assertionId;
        }
    }

    /** The badge was revoked before. */
    static final class AlreadyRevoked extends RuntimeException {

        AlreadyRevoked(String assertionId) {
            super("Already revoked: " + assertionId);
        }
    }

    private final MongoTemplate mongo;
    private final BadgeAssertions assertions;
    private final Recipients recipients;
    private final BadgeLinks links;
    private final Outbox outbox;
    private final LocaleCatalog catalog;
    private final Clock clock;

    Badges(MongoTemplate mongo, BadgeAssertions assertions, Recipients recipients, BadgeLinks links, Outbox outbox,
            Content content, Clock clock) {
        this.mongo = mongo;
        this.assertions = assertions;
        this.recipients = recipients;
        this.links = links;
        this.outbox = outbox;
        this.catalog = content.catalog();
        this.clock = clock;
    }

    /**
     * Awards {@code badge} to the client, as {@code coach}; {@code email} (optional) becomes the client's
     * recipient identity for this and later badges.
     *
     * @throws AlreadyHeld when the client holds this class and it is not revoked
     */
    BadgeAssertion award(Participant client, BadgeClass badge, String email, String coach) {
        String id = RandomIds.id(ID_LENGTH);
        String held = HeldBadge.key(client.id(), badge.id());
        try {
            mongo.insert(new HeldBadge(held, id));
        } catch (DuplicateKeyException e) {
            HeldBadge holder = mongo.findById(held, HeldBadge.class);
            throw new AlreadyHeld(holder == null ? null : holder.assertionId());
        }
        BadgeAssertion assertion;
        try {
            Recipients.Identity identity = recipients.forAward(client, email);
            String salt = RandomIds.salt();
            assertion = assertions.insert(new BadgeAssertion(id, client.id(), badge.id(), language(client),
                    identity.type(), identity.hash(salt), salt, clock.instant().truncatedTo(ChronoUnit.SECONDS),
                    coach, !client.stopped(), null, null, null));
        } catch (RuntimeException e) {
            // Without its assertion the claim would block this badge for good.
            mongo.remove(Query.query(Criteria.where("_id").is(held)), HeldBadge.class);
            throw e;
        }
        if (assertion.messaged()) {
            tell(client, badge, assertion);
        }
        log.info("Badge {} ({}) awarded by {}", assertion.id(), badge.id(), coach);
        return assertion;
    }

    /**
     * Revokes a badge with a reason that the public page and the revocation list show.
     *
     * @throws AlreadyRevoked when it was revoked before
     */
    BadgeAssertion revoke(BadgeAssertion assertion, String reason, String by) {
        BadgeAssertion revoked = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(assertion.id()).and("revokedAt").isNull()),
                new Update().set("revokedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS))
                        .set("revocationReason", reason.strip()).set("revokedBy", by),
                FindAndModifyOptions.options().returnNew(true), BadgeAssertion.class);
        if (revoked == null) {
            throw new AlreadyRevoked(assertion.id());
        }
        release(revoked);
        log.info("Badge {} revoked by {}", revoked.id(), by);
        return revoked;
    }

    /**
     * Revokes every badge of a client (for erasure) and removes what links them to the client: the
     * participant id, the hashed identity and its salt, the coach who awarded it, and how badges named the
     * client. The hosted assertions then answer 410 Gone with only their id and the reason.
     *
     * @return how many badges the client had
     */
    public int revokeAllFor(String participantId) {
        List<BadgeAssertion> held = assertions.findByParticipantIdOrderByIssuedOnDesc(participantId);
        Criteria mine = Criteria.where("participantId").is(participantId);
        mongo.updateMulti(Query.query(new Criteria().andOperator(mine, Criteria.where("revokedAt").isNull())),
                new Update().set("revokedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS))
                        .set("revocationReason", catalog.render(LocaleLoader.FALLBACK, "badges.page.erased")),
                BadgeAssertion.class);
        mongo.updateMulti(Query.query(mine), new Update().unset("participantId").unset("recipientHash").unset("salt")
                .unset("awardedBy").unset("revokedBy"), BadgeAssertion.class);
        held.forEach(this::release);
        recipients.forget(participantId);
        log.info("Revoked and anonymised {} badges of an erased client", held.size());
        return held.size();
    }

    Optional<BadgeAssertion> find(String assertionId) {
        return assertions.findById(assertionId);
    }

    /** The client's badges, newest first, revoked ones too. */
    List<BadgeAssertion> of(String participantId) {
        return assertions.findByParticipantIdOrderByIssuedOnDesc(participantId);
    }

    List<BadgeAssertion> revoked() {
        return assertions.findByRevokedAtNotNullOrderByRevokedAtAsc();
    }

    /** The client may be awarded the class again. */
    private void release(BadgeAssertion assertion) {
        mongo.remove(Query.query(Criteria.where("_id").is(HeldBadge.key(assertion.participantId(),
                assertion.badgeClass())).and("assertionId").is(assertion.id())), HeldBadge.class);
    }

    private void tell(Participant client, BadgeClass badge, BadgeAssertion assertion) {
        String language = assertion.language();
        String text = catalog.render(language, "badges.earned", Map.of("badge",
                catalog.render(language, badge.nameKey()), "link", links.assertion(assertion.id())));
        String image = TEXT_ONLY.contains(client.channel()) ? null : links.assertionImage(assertion.id());
        Instant now = clock.instant();
        outbox.enqueue(client.id(), client.channel(), client.channelAddress(), List.of(new Reply(text, List.of(),
                image)), now);
        outbox.sendNow(client.id());
    }

    private String language(Participant client) {
        return catalog.readable(client.language());
    }
}
