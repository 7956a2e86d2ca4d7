package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in and sessions over real HTTP: form login with CSRF, a new session id after sign-in, CSRF on every
 * form and on session calls to the API, admin pages for admins only, public paths open without a token.
 */
class DashboardSecurityTest extends CoachTestBase {

    @Test
    void theDashboardAsksForASignInAndRenewsTheSessionAfterIt() {
        Browser browser = new Browser();
        assertThat(browser.get("/coach").statusCode()).isEqualTo(302);
        assertThat(browser.get("/coach").headers().firstValue("Location").orElseThrow()).endsWith("/coach/login");
        String token = browser.csrf("/coach/login");
        String before = browser.session();
        Login coach = newCoach();

        assertThat(browser.post("/coach/login", Map.of("username", coach.username(), "password", coach.password()))
                .statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.post("/coach/login", Map.of("username", coach.username(), "password", "wrong-password",
                "_csrf", token)).headers().firstValue("Location").orElseThrow()).endsWith("/coach/login?error");
        browser.signIn(coach);

        assertThat(browser.session()).as("session fixation protection").isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/coach").statusCode()).isEqualTo(200);
        assertThat(browser.get("/coach/login").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'");
    }

    @Test
    void everyFormNeedsItsCsrfToken() {
        Browser browser = new Browser();
        browser.signIn(newCoach());

        assertThat(browser.post("/coach/cohorts", Map.of("name", "No token")).statusCode()).isEqualTo(403);
        HttpResponse<String> created = browser.post("/coach/cohorts",
                Map.of("name", "With token", "_csrf", browser.csrf("/coach")));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/coach/cohorts/");
        assertThat(browser.get(created.headers().firstValue("Location").orElseThrow().replace(base(), ""))
                .body()).contains("With token");
    }

    @Test
    void theApiTakesTheDashboardSessionWithItsCsrfToken() {
        Browser browser = new Browser();
        browser.signIn(newCoach());
        String json = "{\"name\": \"From the session\"}";

        assertThat(browser.get("/api/v1/cohorts").statusCode()).isEqualTo(200);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/cohorts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)))
                .statusCode()).as("a session call without CSRF token").isEqualTo(403);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/cohorts"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", browser.csrf("/coach"))
                .POST(HttpRequest.BodyPublishers.ofString(json))).statusCode()).isEqualTo(201);
    }

    @Test
    void adminPagesAreForAdminsAndOtherCoachesCohortsAreNotFound() {
        Login a = newCoach();
        String cohortId = newCohort(a, "Mine").get("id").asString();
        Browser b = new Browser();
        b.signIn(newCoach());
        Browser admin = new Browser();
        admin.signIn(admin());

        assertThat(b.get("/coach/admin/coaches").statusCode()).isEqualTo(403);
        assertThat(b.get("/coach/admin/audit").statusCode()).isEqualTo(403);
        assertThat(b.get("/coach/cohorts/" + cohortId).statusCode()).isEqualTo(404);
        assertThat(b.get("/coach/cohorts/" + cohortId).body()).contains("Not found").doesNotContain("Mine");
        assertThat(admin.get("/coach/admin/coaches").body()).contains(a.username());
        assertThat(admin.get("/coach/cohorts/" + cohortId).statusCode()).isEqualTo(200);
        assertThat(admin.get("/coach/admin/audit").body()).contains("cohort.clients");
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = new Browser();
        browser.signIn(newCoach());

        HttpResponse<String> out = browser.post("/coach/logout", Map.of("_csrf", browser.csrf("/coach")));

        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/coach/login?logout");
        assertThat(browser.get("/coach").statusCode()).isEqualTo(302);
    }

    @Test
    void clientsChannelsAndHealthNeedNoSignInNorToken() {
        Browser browser = new Browser();

        assertThat(browser.get("/simulator").statusCode()).isEqualTo(200);
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(browser.get("/coach/assets/coach.css").statusCode()).isEqualTo(200);
        assertThat(browser.post("/webhooks/nothing-here", Map.of()).statusCode()).as("reaches MVC: no such page")
                .isEqualTo(404);
    }
}
