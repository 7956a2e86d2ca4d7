package eu.skilltalk.badge;

import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Open Badges 2.0 documents SkillTalk hosts, as JSON-LD: the issuer {@code Profile}, each
 * {@code BadgeClass} (one per language, linked as related versions), each {@code Assertion} (hosted
 * verification), a revoked assertion's short answer, and the issuer's {@code RevocationList}.
 *
 * <pre>{"@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
 *  "id": "https://skilltalk.example.org/badges/assertions/k3v9q2x7m4p8w6tz",
 *  "recipient": {"type": "telephone", "hashed": true, "salt": "9b1e...", "identity": "sha256$0f4c..."},
 *  "badge": "https://skilltalk.example.org/badges/classes/working-with-others?lang=nl",
 *  "verification": {"type": "hosted"}, "issuedOn": "2026-11-30T10:00:00Z",
 *  "image": "https://skilltalk.example.org/badges/assertions/k3v9q2x7m4p8w6tz.png"}</pre>
 */
@Component
class OpenBadgesJson {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final BadgeClasses classes;
    private final LocaleCatalog catalog;
    private final BadgeLinks links;
    private final Issuer issuer;

    OpenBadgesJson(Content content, BadgeLinks links, Issuer issuer) {
        this.classes = content.dialogs().badges();
        this.catalog = content.catalog();
        this.links = links;
        this.issuer = issuer;
    }

    Map<String, Object> issuer() {
        Map<String, Object> json = start("Issuer", links.issuer());
        json.put("name", issuer.name());
        json.put("url", issuer.url());
        json.put("email", issuer.email());
        json.put("image", issuer.image());
        json.put("revocationList", links.revocations());
        return json;
    }

    /** The badge class in a shipped language (the caller picks it). */
    Map<String, Object> badgeClass(BadgeClass badge, String language) {
        Map<String, Object> json = start("BadgeClass", links.badgeClass(badge.id(), language));
        json.put("@language", language);
        json.put("name", catalog.render(language, badge.nameKey()));
        json.put("description", catalog.render(language, badge.descriptionKey()));
        json.put("image", links.classImage(badge.id()));
        json.put("criteria", Map.of("narrative", criteria(badge, language)));
        json.put("issuer", links.issuer());
        json.put("alignment", badge.alignment().stream().map(OpenBadgesJson::alignment).toList());
        json.put("tags", badge.competences());
        json.put("related", catalog.languages().stream().filter(other -> !other.equals(language))
                .map(other -> Map.of("id", links.badgeClass(badge.id(), other), "@language", other)).toList());
        return json;
    }

    /** What the holder showed: the badge's own criteria, then the rule every badge follows. */
    String criteria(BadgeClass badge, String language) {
        return catalog.render(language, badge.criteriaKey()) + "\n\n"
                + catalog.render(language, "badges.page.rule", Map.of("level", classes.level()));
    }

    /** A valid assertion, as hosted and as baked into its image. */
    Map<String, Object> assertion(BadgeAssertion assertion) {
        Map<String, Object> json = start("Assertion", links.assertion(assertion.id()));
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("type", assertion.recipientType());
        recipient.put("hashed", true);
        recipient.put("salt", assertion.salt());
        recipient.put("identity", assertion.recipientHash());
        json.put("recipient", recipient);
        json.put("badge", links.badgeClass(assertion.badgeClass(), assertion.language()));
        json.put("verification", Map.of("type", "hosted"));
        json.put("issuedOn", assertion.issuedOn().toString());
        json.put("image", links.assertionImage(assertion.id()));
        return json;
    }

    /** What a revoked assertion answers (with 410 Gone): no recipient, no badge, just that it is revoked and why. */
    Map<String, Object> revoked(BadgeAssertion assertion) {
        Map<String, Object> json = start("Assertion", links.assertion(assertion.id()));
        json.put("revoked", true);
        json.put("revocationReason", assertion.revocationReason());
        return json;
    }

    Map<String, Object> revocationList(List<BadgeAssertion> revoked) {
        Map<String, Object> json = start("RevocationList", links.revocations());
        json.put("issuer", links.issuer());
        json.put("revokedAssertions", revoked.stream().map(a -> Map.of("id", links.assertion(a.id()),
                "revocationReason", a.revocationReason())).toList());
        return json;
    }

    private static Map<String, Object> alignment(BadgeClass.Alignment alignment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("targetName", alignment.targetName());
        json.put("targetUrl", alignment.targetUrl());
        if (alignment.targetFramework() != null) {
            json.put("targetFramework", alignment.targetFramework());
        }
        if (alignment.targetCode() != null) {
            json.put("targetCode", alignment.targetCode());
        }
        return json;
    }

    private static Map<String, Object> start(String type, String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("type", type);
        json.put("id", id);
        return json;
    }
}
