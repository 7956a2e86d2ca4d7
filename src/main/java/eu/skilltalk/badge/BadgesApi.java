package eu.skilltalk.badge;

import eu.skilltalk.coach.ClientAccess;
import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coach API for badges: the badge classes, a client's badges and what they are ready for, awarding
 * (the client gets the link) and revoking. Only the coach's own clients (404 otherwise); reads are audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Badges", description = "Open Badges: award, list, revoke")
class BadgesApi {

    static final int MAX_REASON = 300;

    private final ClientAccess access;
    private final Badges badges;
    private final Readiness readiness;
    private final BadgeLinks links;
    private final OpenBadgesJson json;
    private final BadgeClasses classes;
    private final LocaleCatalog catalog;

    BadgesApi(ClientAccess access, Badges badges, Readiness readiness, BadgeLinks links, OpenBadgesJson json,
            Content content) {
        this.access = access;
        this.badges = badges;
        this.readiness = readiness;
        this.links = links;
        this.json = json;
        this.classes = content.dialogs().badges();
        this.catalog = content.catalog();
    }

    /** <pre>{"badgeClass": "working-with-others", "email": "sam@example.org"}</pre> (email optional) */
    record AwardRequest(@NotBlank String badgeClass, @Email @Size(max = 254) String email) {
    }

    /** <pre>{"id": "k3v9q2x7m4p8w6tz", "assertionUrl": "https://.../badges/assertions/k3v9...", "imageUrl": "https://.../badges/assertions/k3v9....png"}</pre> */
    record Awarded(String id, String assertionUrl, String imageUrl) {
    }

    /** <pre>{"reason": "Awarded to the wrong client"}</pre> */
    record RevokeRequest(@NotBlank @Size(max = MAX_REASON) String reason) {
    }

    /** A badge a client was awarded, for the coach. */
    record AwardedBadge(String id, String badgeClass, String assertionUrl, String imageUrl, Instant issuedOn,
            String awardedBy, boolean messaged, boolean revoked, Instant revokedAt, String revocationReason) {
    }

    /** <pre>{"badges": [{"id": "k3v9...", "badgeClass": "planning", ...}], "ready": ["working-with-others"]}</pre> */
    record ClientBadges(List<AwardedBadge> badges, List<String> ready) {
    }

    /** A badge class in one language, with its public links. */
    record BadgeClassJson(String id, String name, String description, String criteria, List<String> competences,
            String url, String imageUrl, List<BadgeClass.Alignment> alignment) {
    }

    @GetMapping("/badge-classes")
    List<BadgeClassJson> classes(@RequestParam(required = false) String lang, Locale locale) {
        String language = catalog.speaks(lang) ? lang : catalog.speaks(locale.getLanguage()) ? locale.getLanguage()
                : catalog.languages().get(0);
        return classes.all().stream().map(b -> new BadgeClassJson(b.id(), catalog.render(language, b.nameKey()),
                catalog.render(language, b.descriptionKey()), json.criteria(b, language), b.competences(),
                links.badgeClass(b.id(), language), links.classImage(b.id()), b.alignment())).toList();
    }

    /** The client's badges, newest first, and the classes they are ready for and do not hold. */
    @GetMapping("/participants/{id}/badges")
    ClientBadges held(@PathVariable String id) {
        Participant client = access.participant(id, "badges.read");
        List<BadgeAssertion> awarded = badges.of(client.id());
        List<String> holding = awarded.stream().filter(a -> !a.revoked()).map(BadgeAssertion::badgeClass).toList();
        return new ClientBadges(awarded.stream().map(this::view).toList(), readiness.of(client.id()).stream()
                .map(BadgeClass::id).filter(c -> !holding.contains(c)).toList());
    }

    @PostMapping(path = "/participants/{id}/badges", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Awarded> award(@PathVariable String id, @Valid @RequestBody AwardRequest request) {
        Participant client = access.participant(id, "badges.award");
        BadgeClass badge = classes.find(request.badgeClass().strip()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "badgeClass: no badge class '" + request.badgeClass() + "'; known: "
                        + classes.ids()));
        try {
            BadgeAssertion assertion = badges.award(client, badge, request.email(), access.coach());
            String url = links.assertion(assertion.id());
            return ResponseEntity.created(URI.create(url))
                    .body(new Awarded(assertion.id(), url, links.assertionImage(assertion.id())));
        } catch (Badges.AlreadyHeld e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "badgeClass: the client"
                    + " already holds '" + badge.id() + "'; revoke it first to award it again");
            problem.setProperty("assertionUrl", e.assertionId() == null ? null : links.assertion(e.assertionId()));
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }

    @PostMapping(path = "/badges/{assertionId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    AwardedBadge revoke(@PathVariable String assertionId, @Valid @RequestBody RevokeRequest request) {
        BadgeAssertion assertion = badges.find(assertionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such badge"));
        access.participant(assertion.participantId(), "badges.revoke");
        try {
            return view(badges.revoke(assertion, request.reason(), access.coach()));
        } catch (Badges.AlreadyRevoked e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The badge was already revoked", e);
        }
    }

    private AwardedBadge view(BadgeAssertion a) {
        return new AwardedBadge(a.id(), a.badgeClass(), links.assertion(a.id()), links.assertionImage(a.id()),
                a.issuedOn(), a.awardedBy(), a.messaged(), a.revoked(), a.revokedAt(), a.revocationReason());
    }
}
