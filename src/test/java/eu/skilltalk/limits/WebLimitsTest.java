package eu.skilltalk.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.system.SecurityHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over a real socket: request body limits answer 413 or 411 with a problem detail before anything reads the
 * body, every page and API answer carries the security headers, and actuator shows no configuration and
 * times requests without a series for each of Spring Security's filters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"skilltalk.limits.webhook-body=1KB", "skilltalk.limits.api-body=2KB"})
class WebLimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    PathMappedEndpoints actuator;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String json(int characters) {
        return "{\"text\": \"" + "x".repeat(characters) + "\"}";
    }

    @Test
    void tooLargeBodiesGet413WithTheLimitBeforeTheyAreRead() {
        HttpResponse<String> api = post("/api/simulator/conversations/big/messages", "application/json",
                HttpRequest.BodyPublishers.ofString(json(3000)));
        HttpResponse<String> webhook = post("/webhooks/twilio/sms", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("Body=" + "x".repeat(2000)));
        HttpResponse<String> coachApi = post("/api/v1/cohorts", "application/json",
                HttpRequest.BodyPublishers.ofString(json(3000)));

        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("\"status\":413").contains("at most 2048 are accepted");
        assertThat(webhook.statusCode()).isEqualTo(413);
        assertThat(webhook.body()).contains("at most 1024 are accepted");
        assertThat(coachApi.statusCode()).as("refused even before signing in").isIn(401, 413);
        assertThat(get("/api/simulator/conversations/big/messages").body()).as("nothing was read").isEqualTo("[]");
    }

    @Test
    void aBodyWithinTheLimitIsHandledAndABodyWithoutALengthIsRefused() {
        HttpResponse<String> fits = post("/api/simulator/conversations/fits/messages", "application/json",
                HttpRequest.BodyPublishers.ofString(json(1000)));
        HttpResponse<String> chunked = post("/api/simulator/conversations/fits/messages", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(json(10).getBytes(StandardCharsets.UTF_8))));

        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(chunked.body()).contains("Content-Length");
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndAreNotCached() {
        for (String path : new String[] {"/simulator", "/coach/login", "/api/simulator/conversations/h/messages",
                "/badges/issuer", "/api/v1/participants"}) {
            HttpResponse<String> response = get(path);
            HttpHeaders headers = response.headers();
            if (headers.firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(response.body()).as(path + " has no inline code the policy would block")
                        .doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style", " style=")
                        .doesNotContainPattern("\\son[a-z]+=");
            }
            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'")
                    .contains("default-src 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void actuatorExposesNoEnvironmentConfigurationOrDumps() {
        assertThat(actuator.getAllRootPaths())
                .containsExactlyInAnyOrder("health", "info", "prometheus");
    }

    @Test
    void metricsTimeEveryRequestWithoutASeriesForEachSecurityFilter() {
        get("/api/simulator/conversations/metrics/messages");

        String scraped = get("/actuator/prometheus").body();
        assertThat(scraped).contains("http_server_requests_seconds_count");
        assertThat(scraped).as("Spring Security's own observations are off").doesNotContain("spring_security_");
    }
}
