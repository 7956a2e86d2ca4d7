package eu.skilltalk.badge;

import eu.skilltalk.coach.ParticipantSection;
import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participants;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The client page's badges: what the client holds (with the public link and a form to withdraw it), the
 * badges they are ready for with a one-click award, and any other badge to award.
 */
@Component
class BadgesSection implements ParticipantSection {

    private final Badges badges;
    private final Readiness readiness;
    private final Recipients recipients;
    private final Participants participants;
    private final BadgeLinks links;
    private final BadgeClasses classes;
    private final LocaleCatalog catalog;

    BadgesSection(Badges badges, Readiness readiness, Recipients recipients, Participants participants,
            BadgeLinks links, Content content) {
        this.badges = badges;
        this.readiness = readiness;
        this.recipients = recipients;
        this.participants = participants;
        this.links = links;
        this.classes = content.dialogs().badges();
        this.catalog = content.catalog();
    }

    /** A badge the client was awarded. */
    record Held(String id, String name, String url, Instant issuedOn, String awardedBy, boolean messaged,
            boolean revoked, Instant revokedAt, String reason) {
    }

    /** A badge class to award, named in the coach's language. */
    record Option(String id, String name) {
    }

    /**
     * @param recipient the client's stable recipient link when badges name them by it (for a backpack), else
     *                  {@code null}
     */
    record View(List<Held> held, List<Option> ready, List<Option> others, int level, String recipient) {
    }

    @Override
    public String template() {
        return "coach/sections/badges";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Object model(String participantId, Locale locale) {
        String language = catalog.readable(locale.getLanguage());
        List<BadgeAssertion> awarded = badges.of(participantId);
        List<String> holding = awarded.stream().filter(a -> !a.revoked()).map(BadgeAssertion::badgeClass).toList();
        List<Option> ready = readiness.of(participantId).stream().filter(b -> !holding.contains(b.id()))
                .map(b -> option(b, language)).toList();
        List<Option> others = classes.all().stream().filter(b -> !holding.contains(b.id()))
                .filter(b -> ready.stream().noneMatch(r -> r.id().equals(b.id()))).map(b -> option(b, language))
                .toList();
        List<Held> held = awarded.stream().map(a -> new Held(a.id(), name(a.badgeClass(), language),
                links.assertion(a.id()), a.issuedOn(), a.awardedBy(), a.messaged(), a.revoked(), a.revokedAt(),
                a.revocationReason())).toList();
        String recipient = awarded.isEmpty() ? null : participants.findById(participantId)
                .flatMap(recipients::current).filter(identity -> identity.type().equals("url"))
                .map(Recipients.Identity::value).orElse(null);
        return new View(held, ready, others, classes.level(), recipient);
    }

    private Option option(BadgeClass badge, String language) {
        return new Option(badge.id(), catalog.render(language, badge.nameKey()));
    }

    /** A class removed from the file since the award keeps its id as its name. */
    private String name(String badgeClass, String language) {
        return classes.find(badgeClass).map(b -> catalog.render(language, b.nameKey())).orElse(badgeClass);
    }
}
