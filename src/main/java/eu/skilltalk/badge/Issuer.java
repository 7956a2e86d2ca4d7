package eu.skilltalk.badge;

import org.springframework.stereotype.Component;

/**
 * The issuer every badge names: {@link BadgeProperties} with SkillTalk's own address for what is unset.
 * Its getters are public for the page templates.
 */
@Component
class Issuer {

    private final String name;
    private final String url;
    private final String email;
    private final String image;

    Issuer(BadgeProperties properties, BadgeLinks links) {
        this.name = properties.issuerName();
        this.url = blank(properties.issuerUrl()) ? links.home() : properties.issuerUrl();
        this.email = blank(properties.issuerEmail()) ? "badges@" + links.host() : properties.issuerEmail();
        this.image = blank(properties.issuerImage()) ? links.issuerImage() : properties.issuerImage();
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public String email() {
        return email;
    }

    public String image() {
        return image;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
