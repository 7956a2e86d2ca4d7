package eu.skilltalk.system;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, on top of Spring Security's defaults ({@code X-Content-Type-Options:
 * nosniff}, {@code X-Frame-Options: DENY}, {@code Cache-Control: no-cache, no-store} unless a response sets
 * its own, as public badge images do): a Content Security Policy that runs scripts, styles and images only
 * from SkillTalk itself (no page has inline code, so a stray script in client text cannot run) and may not
 * be framed, and a referrer policy that keeps participant ids in dashboard URLs from reaching other sites.
 */
public final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
