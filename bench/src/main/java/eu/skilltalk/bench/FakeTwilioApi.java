package eu.skilltalk.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** Twilio's REST API as far as sending an SMS goes: every message is created (201) at once. */
final class FakeTwilioApi implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong created = new AtomicLong();

    FakeTwilioApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::create);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void create(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String sid = "SM%032x".formatted(created.incrementAndGet());
        byte[] json = ("{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"num_segments\": \"1\","
                + " \"direction\": \"outbound-api\", \"date_created\": \"Thu, 27 Nov 2025 10:00:00 +0000\","
                + " \"api_version\": \"2010-04-01\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
