package eu.skilltalk.channel.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running SkillTalk's simulator API over a real socket, as the web page does. */
public final class SimulatorClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public SimulatorClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Sends a client message; returns the reply texts. */
    public JsonNode say(String conversation, String text) {
        HttpResponse<String> response = post(conversation, JSON.writeValueAsString(java.util.Map.of("text", text)),
                "application/json");
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("replies");
    }

    public HttpResponse<String> post(String conversation, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(conversation)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public JsonNode transcript(String conversation) {
        return JSON.readTree(send(HttpRequest.newBuilder(uri(conversation)).GET().build()).body());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private URI uri(String conversation) {
        return URI.create(base + "/api/simulator/conversations/" + conversation + "/messages");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
