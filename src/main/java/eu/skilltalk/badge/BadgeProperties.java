package eu.skilltalk.badge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuer that badges name ({@code skilltalk.badges.issuer-*}): the organisation that runs SkillTalk.
 * Unset values fall back to SkillTalk's own public address ({@code skilltalk.public-base-url}).
 *
 * @param issuerName  shown on every badge, e.g. "Job centre Ghent"
 * @param issuerUrl   the issuer's website; unset: the public base URL
 * @param issuerEmail contact address (Open Badges requires one); unset: {@code badges@<public host>}
 * @param issuerImage link to the issuer's logo; unset: SkillTalk draws one at {@code /badges/issuer.png}
 */
@ConfigurationProperties("skilltalk.badges")
record BadgeProperties(@DefaultValue("SkillTalk") String issuerName, String issuerUrl, String issuerEmail,
        String issuerImage) {
}
