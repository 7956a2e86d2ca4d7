package eu.skilltalk.badge;

import eu.skilltalk.locale.LocaleLoader;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute links of everything public about badges, all under {@code skilltalk.public-base-url}: Open
 * Badges ids must be URLs a verifier can fetch. A badge class in a language other than English is its own
 * document, {@code ?lang=nl}, linked to the others as a related version.
 */
@Component
class BadgeLinks {

    static final String BASE_PATH = "/badges";

    private final String base;

    BadgeLinks(@Value("${skilltalk.public-base-url}") String publicBaseUrl) {
        this.base = publicBaseUrl.replaceAll("/+$", "");
    }

    String home() {
        return base;
    }

    /** The host name of the public base URL, e.g. for a default contact address. */
    String host() {
        return URI.create(base).getHost();
    }

    String issuer() {
        return base + BASE_PATH + "/issuer";
    }

    String issuerImage() {
        return base + BASE_PATH + "/issuer.png";
    }

    String revocations() {
        return base + BASE_PATH + "/revocations";
    }

    String badgeClass(String id, String language) {
        return base + BASE_PATH + "/classes/" + id
                + (language == null || language.equals(LocaleLoader.FALLBACK) ? "" : "?lang=" + language);
    }

    String classImage(String id) {
        return base + BASE_PATH + "/classes/" + id + ".png";
    }

    String assertion(String id) {
        return base + BASE_PATH + "/assertions/" + id;
    }

    String assertionImage(String id) {
        return base + BASE_PATH + "/assertions/" + id + ".png";
    }

    /** The stable link that stands for a client who has neither a phone number nor an email in badges. */
    String recipient(String token) {
        return base + BASE_PATH + "/recipients/" + token;
    }
}
