package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;

/**
 * A client who answers the whole self-check gets their results (strengths with their story, growth points
 * for their goal, the chart) and interview sentences; the coach sees the same summary through the API, may change the desired levels,
 * and the summary follows new observations.
 */
class ResultsTest extends CoachTestBase {

    private static final String STORY = "I made a list for my sister's party and did it step by step.";
    private static final Pattern CHART = Pattern.compile("http://localhost:8080(/results/charts/[A-Za-z0-9_-]{24}\\.png)");

    @Autowired
    List<ParticipantSection> sections;
    @Autowired
    ITemplateEngine templates;

    private Login coach;
    private String conversation;
    private String client;
    private List<JsonNode> results;

    @BeforeEach
    void aClientWhoAnsweredEverything() {
        coach = newCoach();
        conversation = onboardedClient(newCohort(coach, "Results"));
        client = participantId(conversation);
        results = answerUntilTheChart(conversation, "4", STORY);
    }

    @Test
    void theClientGetsStrengthsWithTheirStoryGrowthPointsAndTheChart() throws IOException {
        List<String> texts = results.stream().map(r -> r.get("text").asString()).toList();
        assertThat(texts).contains(text("results.intro"));
        assertThat(texts).anyMatch(t -> t.startsWith("Your strengths: "));
        assertThat(texts).anyMatch(t -> t.endsWith("you told us: “" + STORY + "”"));
        assertThat(texts.indexOf(text("results.intro"))).as("good news first")
                .isLessThan(texts.stream().filter(t -> t.startsWith("To grow") || t.startsWith("You already have"))
                        .map(texts::indexOf).findFirst().orElseThrow());

        Matcher chart = CHART.matcher(chartUrl());
        assertThat(chart.matches()).as(chartUrl()).isTrue();
        HttpResponse<byte[]> png = fetch(base() + chart.group(1));
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(1200);
        assertThat(colours(image)).as("a drawing, not a blank picture").isGreaterThan(20);
    }

    @Test
    void theClientGetsInterviewSentencesFromTheirOwnStories() {
        assertThat(results.get(results.size() - 1).get("text").asString()).isEqualTo(text("sentences.ask"));
        assertThat(send("1")).extracting(r -> r.get("text").asString()).containsExactly(text("sentences.job"));

        List<String> sentences = send("Cook").stream().map(r -> r.get("text").asString()).toList();

        assertThat(sentences.get(0)).isEqualTo("For the job (Cook), you could say:");
        assertThat(sentences.subList(1, 4)).as("a story for each of three strengths, in the client's words")
                .allMatch(t -> t.startsWith("“One of my strengths: ") && t.endsWith("For example: " + STORY + "”"));
        assertThat(sentences.get(4)).as("then the plan: no growth point to plan for")
                .isEqualTo(text("plan.nothing"));
    }

    @Test
    void theClientPageShowsTheTableWithStrengthsAndGrowthPointsAndTheChart() {
        ParticipantSection results = sections.stream().filter(s -> s.template().equals("coach/sections/results"))
                .findFirst().orElseThrow();
        Context context = new Context(Locale.ENGLISH, Map.of("section", results.model(client, Locale.ENGLISH)));

        String html = templates.process(results.template(), Set.of("section"), context);

        assertThat(html).contains("Goal: Cleaner", "<td>Planning</td>", "<strong>strength</strong>");
        assertThat(html).containsPattern("<img src=\"" + CHART.pattern());
    }

    @Test
    void aChartLinkThatWasNeverGivenIsNotFound() {
        assertThat(fetch(base() + "/results/charts/AAAAAAAAAAAAAAAAAAAAAAAA.png").statusCode()).isEqualTo(404);
        assertThat(fetch(base() + "/results/charts/short.png").statusCode()).isEqualTo(404);
    }

    @Test
    void theCoachSeesTheSummaryInExactlyTheAgreedShape() {
        Response summary = get("/api/v1/participants/" + client + "/summary", coach);

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode json = summary.json();
        assertThat(names(json)).containsExactlyInAnyOrder("profile", "competences", "strengths", "gaps");
        assertThat(json.get("profile").asString()).isEqualTo("cleaner");
        assertThat(json.get("competences").size()).as("every competence was rated").isEqualTo(23);
        assertThat(names(json.get("competences").get(0))).containsExactlyInAnyOrder("id", "score", "desired", "gap");
        assertThat(json.get("gaps").size()).isLessThanOrEqualTo(3);
        assertThat(get("/api/v1/participants/" + client + "/summary", admin()).status()).isEqualTo(200);
        assertThat(get("/api/v1/participants/" + client + "/summary", newCoach()).status())
                .as("another coach's client does not exist for this coach").isEqualTo(404);
    }

    @Test
    void aCoachsDesiredLevelsAndObservationsChangeTheSummary() {
        JsonNode before = get("/api/v1/participants/" + client + "/summary", coach).json();
        assertThat(competence(before, "entrecomp.3.2").get("desired").asInt()).as("cleaner's level").isEqualTo(4);

        Response raised = call("PUT", "/api/v1/participants/" + client + "/desired-levels", coach,
                "{\"levels\": {\"entrecomp.3.2\": 5}}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        JsonNode planning = competence(raised.json(), "entrecomp.3.2");
        assertThat(planning.get("desired").asInt()).isEqualTo(5);
        assertThat(planning.get("gap").asDouble()).isEqualTo(5 - planning.get("score").asDouble());

        Response observed = call("POST", "/api/v1/participants/" + client + "/observations", coach,
                "{\"competence\": \"entrecomp.3.4\", \"level\": 1}");
        assertThat(observed.status()).isEqualTo(201);
        JsonNode after = get("/api/v1/participants/" + client + "/summary", coach).json();
        assertThat(competence(after, "entrecomp.3.4").get("score").asDouble()).as("the observation counts twice")
                .isLessThan(competence(before, "entrecomp.3.4").get("score").asDouble());
    }

    @Test
    void desiredLevelsMustBeKnownCompetencesFromOneToFive() {
        Response unknown = call("PUT", "/api/v1/participants/" + client + "/desired-levels", coach,
                "{\"levels\": {\"juggling\": 3}}");
        Response tooHigh = call("PUT", "/api/v1/participants/" + client + "/desired-levels", coach,
                "{\"levels\": {\"entrecomp.3.2\": 9}}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("levels: no competence 'juggling'");
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.body()).contains("levels.entrecomp.3.2: a level from 1 to 5");
    }

    private List<JsonNode> send(String text) {
        return send(conversation, text);
    }

    private String chartUrl() {
        return results.stream().filter(r -> !r.get("imageUrl").isNull()).map(r -> r.get("imageUrl").asString())
                .findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> fetch(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode competence(JsonNode summary, String id) {
        return summary.get("competences").valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Set<String> names(JsonNode object) {
        return new HashSet<>(object.propertyNames());
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
