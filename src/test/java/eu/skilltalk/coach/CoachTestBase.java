package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.locale.LocaleCatalog;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One running SkillTalk for the coach tests (shared by every subclass: same configuration, one context),
 * with a clock the tests move, and helpers to call the REST API as admin, as a coach or anonymously, and
 * to chat as a simulator client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "skilltalk.admin.username=" + CoachTestBase.ADMIN, "skilltalk.admin.password=" + CoachTestBase.ADMIN_PASSWORD,
        "skilltalk.telegram.bot-username=SkillTalkTestBot",
        // Quiet hours off by default; QuietHoursTest covers them.
        "skilltalk.schedule.quiet-from=00:00", "skilltalk.schedule.quiet-until=00:00"})
@Import(TestClockConfiguration.class)
abstract class CoachTestBase {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final Instant START = Instant.parse("2026-11-30T10:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Who calls: user name and password, or nobody. */
    record Login(String username, String password) {
        static final Login NOBODY = new Login(null, null);
    }

    record Response(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** A browser-like client of the dashboard: keeps cookies, does not follow redirects. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        String csrf(String page) {
            Matcher matcher = CSRF.matcher(get(page).body());
            assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
            return matcher.group(1);
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        void signIn(Login who) {
            String token = csrf("/coach/login");
            HttpResponse<String> response = post("/coach/login",
                    Map.of("username", who.username(), "password", who.password(), "_csrf", token));
            // Back to the page that asked for the sign-in, or to the cohorts.
            assertThat(response.headers().firstValue("Location").orElseThrow()).matches(".*/coach(\\?continue)?");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    LocaleCatalog catalog;
    final HttpClient http = HttpClient.newHttpClient();

    String base() {
        return "http://127.0.0.1:" + port;
    }

    Login admin() {
        return new Login(ADMIN, ADMIN_PASSWORD);
    }

    /** A fresh coach account, made by the admin. */
    Login newCoach() {
        String username = "coach-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "password-" + username;
        Response created = call("POST", "/api/v1/coaches", admin(),
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"displayName\": \"Coach "
                        + username + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Login(username, password);
    }

    JsonNode newCohort(Login coach, String name) {
        Response created = call("POST", "/api/v1/cohorts", coach, "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    Response get(String path, Login who) {
        return call("GET", path, who, null);
    }

    Response call(String method, String path, Login who, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (who.username() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a message as simulator client {@code conversation}; returns the texts of the replies. */
    List<String> say(String conversation, String text) {
        Response response = call("POST", "/api/simulator/conversations/" + conversation + "/messages", Login.NOBODY,
                JSON.writeValueAsString(Map.of("text", text, "languageCode", "en")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        response.json().get("replies").forEach(r -> texts.add(r.get("text").asString()));
        return texts;
    }

    /** Sends a message as simulator client {@code conversation}; returns the replies as the simulator gives them. */
    List<JsonNode> send(String conversation, String text) {
        Response response = call("POST", "/api/simulator/conversations/" + conversation + "/messages", Login.NOBODY,
                JSON.writeValueAsString(Map.of("text", text, "languageCode", "en")));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> replies = new ArrayList<>();
        response.json().get("replies").forEach(replies::add);
        return replies;
    }

    /**
     * Answers every self-check question until the results chart comes: the goal cleaner, {@code rating} for
     * every question with four or more choices (a scale), else the first choice; {@code story} when one is
     * asked. Returns the turn with the chart.
     */
    List<JsonNode> answerUntilTheChart(String conversation, String rating, String story) {
        List<JsonNode> replies = send(conversation, "4");
        for (int i = 0; i < 200 && replies.stream().noneMatch(r -> !r.get("imageUrl").isNull()); i++) {
            JsonNode question = replies.get(replies.size() - 1);
            int choices = question.get("choices").size();
            // a story's only choice is "0 Skip"
            String answer = choices >= 4 ? rating : choices > 1 ? "1"
                    : question.get("text").asString().contains(text("intake.network")) ? "3" : story;
            replies = send(conversation, answer);
        }
        return replies;
    }

    /** The texts the client got, oldest first. */
    List<String> received(String conversation) {
        Response response = get("/api/simulator/conversations/" + conversation + "/messages", Login.NOBODY);
        List<String> texts = new ArrayList<>();
        response.json().forEach(line -> {
            if (line.get("direction").asString().equals("out")) {
                texts.add(line.get("text").asString());
            }
        });
        return texts;
    }

    /** An English text of the content, so tests do not break when its wording changes. */
    String text(String key) {
        return catalog.render("en", key);
    }

    /** A new simulator client who joins the cohort and goes through onboarding to the first question after it. */
    String onboardedClient(JsonNode cohort) {
        return onboardedAfter(cohort.get("joinCode").asString().toLowerCase());
    }

    /** A new simulator client in no cohort, through onboarding to the first question after it. */
    String onboardedClientInNoCohort() {
        return onboardedAfter("hi");
    }

    private String onboardedAfter(String firstMessage) {
        String conversation = "c-" + UUID.randomUUID();
        say(conversation, firstMessage);
        say(conversation, "1");
        say(conversation, "yes");
        List<String> question = say(conversation, "Sam");
        assertThat(question).as("the assessment starts after onboarding").isNotEmpty();
        return conversation;
    }

    /** The participant id of a simulator conversation, as the admin sees it. */
    String participantId(String conversation) {
        JsonNode found = get("/api/v1/participants?address=simulator:" + conversation, admin()).json();
        assertThat(found.size()).isEqualTo(1);
        return found.get(0).get("id").asString();
    }

    /** Waits until {@code condition} holds, failing after a deadline (for work the outbox does in the background). */
    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
