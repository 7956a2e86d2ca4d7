package eu.skilltalk.badge;

import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.locale.LocaleCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of badges under {@code /badges}, for verifiers and for people: each Open Badges document
 * answers JSON-LD to {@code Accept: application/ld+json}, {@code application/json} or anything else a
 * machine sends, and a page readable on a phone to a browser (which asks for {@code text/html} first).
 * Images are PNGs; an assertion's image is baked. A revoked assertion answers 410 Gone, and so does its image.
 * The JSON methods also produce {@code *}/{@code *}: a request without a preference (or without Accept)
 * matches them exactly and gets JSON-LD, while a browser's {@code text/html} matches the page exactly.
 */
@Controller
@RequestMapping(BadgeLinks.BASE_PATH)
class BadgePages {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Badges badges;
    private final OpenBadgesJson json;
    private final BadgeArtwork artwork;
    private final BadgeLinks links;
    private final Issuer issuer;
    private final BadgeClasses classes;
    private final LocaleCatalog catalog;

    BadgePages(Badges badges, OpenBadgesJson json, BadgeArtwork artwork, BadgeLinks links, Issuer issuer,
            Content content) {
        this.badges = badges;
        this.json = json;
        this.artwork = artwork;
        this.links = links;
        this.issuer = issuer;
        this.classes = content.dialogs().badges();
        this.catalog = content.catalog();
    }

    @GetMapping(path = "/issuer", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<Object> issuerJson(HttpServletRequest request) {
        return jsonLd(request, HttpStatus.OK, json.issuer());
    }

    @GetMapping(path = "/issuer", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView issuerPage(@RequestParam(required = false) String lang, HttpServletRequest request) {
        ModelAndView page = page("badges/issuer", lang, request);
        page.addObject("classes", classes.all());
        return page;
    }

    @GetMapping(path = "/classes/{id}", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<Object> classJson(@PathVariable String id, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        String language = catalog.readable(lang);
        return classes.find(id).map(badge -> jsonLd(request, HttpStatus.OK, json.badgeClass(badge, language)))
                .orElseGet(BadgePages::notFound);
    }

    @GetMapping(path = "/classes/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView classPage(@PathVariable String id, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Optional<BadgeClass> badge = classes.find(id);
        if (badge.isEmpty()) {
            return missing(lang, request);
        }
        ModelAndView page = page("badges/class", lang, request);
        page.addObject("badge", badge.get());
        page.addObject("imageUrl", links.classImage(id));
        return page;
    }

    @GetMapping("/classes/{id}.png")
    ResponseEntity<byte[]> classImage(@PathVariable String id) {
        return classes.find(id).flatMap(badge -> artwork.of(badge.id())).map(art -> png(art.png()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/issuer.png")
    ResponseEntity<byte[]> issuerImage() {
        return png(artwork.of(BadgeArtwork.ISSUER).orElseThrow().png());
    }

    @GetMapping(path = "/assertions/{id}", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE,
            MediaType.ALL_VALUE})
    ResponseEntity<Object> assertionJson(@PathVariable String id, HttpServletRequest request) {
        return badges.find(id).map(a -> a.revoked() ? jsonLd(request, HttpStatus.GONE, json.revoked(a))
                : jsonLd(request, HttpStatus.OK, json.assertion(a))).orElseGet(BadgePages::notFound);
    }

    @GetMapping(path = "/assertions/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView assertionPage(@PathVariable String id, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Optional<BadgeAssertion> assertion = badges.find(id);
        Optional<BadgeClass> badge = assertion.flatMap(a -> classes.find(a.badgeClass()));
        if (badge.isEmpty()) {
            return missing(lang, request);
        }
        ModelAndView page = page("badges/assertion", lang, request);
        page.addObject("assertion", assertion.get());
        page.addObject("badge", badge.get());
        page.addObject("imageUrl", links.assertionImage(id));
        page.addObject("dataUrl", links.assertion(id));
        page.setStatus(assertion.get().revoked() ? HttpStatus.GONE : HttpStatus.OK);
        return page;
    }

    /** The badge's artwork with the assertion baked in; 410 Gone once it is revoked. */
    @GetMapping("/assertions/{id}.png")
    ResponseEntity<byte[]> assertionImage(@PathVariable String id) {
        Optional<BadgeAssertion> assertion = badges.find(id);
        if (assertion.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (assertion.get().revoked()) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        return artwork.of(assertion.get().badgeClass())
                .map(art -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"badge-" + id + ".png\"")
                        .cacheControl(CacheControl.noCache())
                        .body(BakedImages.bake(art.image(), MAPPER.writeValueAsString(json.assertion(assertion.get())))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/revocations")
    ResponseEntity<Object> revocations(HttpServletRequest request) {
        return jsonLd(request, HttpStatus.OK, json.revocationList(badges.revoked()));
    }

    /** JSON-LD, labelled {@code application/json} only for a client that asked for that and not for JSON-LD. */
    private static ResponseEntity<Object> jsonLd(HttpServletRequest request, HttpStatus status,
            Map<String, Object> body) {
        List<MediaType> accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        boolean plain = accepted.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)
                && accepted.stream().noneMatch(JSON_LD::equalsTypeAndSubtype);
        // Verifiers and badge backpacks fetch these from other sites.
        return ResponseEntity.status(status).contentType(plain ? MediaType.APPLICATION_JSON : JSON_LD)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*").body(body);
    }

    private static ResponseEntity<Object> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such badge"));
    }

    private static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(png);
    }

    private ModelAndView missing(String lang, HttpServletRequest request) {
        ModelAndView page = page("badges/not-found", lang, request);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    /** A page in {@code ?lang=}, else the browser's first shipped language, else the first language. */
    private ModelAndView page(String view, String lang, HttpServletRequest request) {
        String language = catalog.speaks(lang) ? lang : Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage).filter(catalog::speaks).findFirst().orElse(catalog.languages().get(0));
        ModelAndView page = new ModelAndView(view);
        page.addObject("t", new PageTexts(catalog, language));
        page.addObject("issuer", issuer);
        page.addObject("issuerUrl", links.issuer());
        page.addObject("level", classes.level());
        return page;
    }
}
