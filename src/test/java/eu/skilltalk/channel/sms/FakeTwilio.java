package eu.skilltalk.channel.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Twilio REST API on 127.0.0.1: records every call and answers {@code Messages.json} like Twilio (201
 * with the message, or the error planned for it).
 */
final class FakeTwilio implements AutoCloseable {

    /** One recorded API call. */
    record Call(String method, String path, String authorization, Map<String, String> form) {

        String to() {
            return form.get("To");
        }

        String body() {
            return form.get("Body");
        }
    }

    private record Failure(int status, int code) {
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final Queue<Optional<Failure>> plan = new ArrayDeque<>();
    private final Map<String, Failure> failingNumbers = new LinkedHashMap<>();
    private final AtomicInteger sids = new AtomicInteger();

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next planned message creation fails like this, whatever its number. */
    synchronized void failNext(int status, int code) {
        plan.add(Optional.of(new Failure(status, code)));
    }

    /** The next planned message creation succeeds (to plan a failure after it). */
    synchronized void succeedNext() {
        plan.add(Optional.empty());
    }

    /** Every message to this number fails like this. */
    synchronized void failFor(String to, int status, int code) {
        failingNumbers.put(to, new Failure(status, code));
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Bodies of the messages created for one Twilio address, in order, failed attempts included. */
    synchronized List<Call> to(String address) {
        return calls.stream().filter(c -> address.equals(c.to())).toList();
    }

    synchronized void reset() {
        calls.clear();
        plan.clear();
        failingNumbers.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), form);
        Failure failure;
        synchronized (this) {
            calls.add(call);
            Optional<Failure> planned = plan.poll();
            failure = failingNumbers.containsKey(call.to()) ? failingNumbers.get(call.to())
                    : planned == null ? null : planned.orElse(null);
        }
        if (!call.path().matches("/2010-04-01/Accounts/AC\\w+/Messages\\.json") || !call.method().equals("POST")) {
            answer(exchange, 404, "{\"code\": 20404, \"message\": \"The requested resource was not found\", \"status\": 404}");
        } else if (failure != null) {
            answer(exchange, failure.status(), "{\"code\": " + failure.code() + ", \"message\": \"Twilio says no for "
                    + call.to() + "\", \"more_info\": \"https://www.twilio.com/docs/errors/" + failure.code()
                    + "\", \"status\": " + failure.status() + "}");
        } else {
            String sid = "SM%032x".formatted(sids.incrementAndGet());
            answer(exchange, 201, "{\"sid\": \"" + sid + "\", \"status\": \"queued\", \"to\": " + quote(call.to())
                    + ", \"body\": " + quote(call.body()) + ", \"num_segments\": \"1\", \"direction\": \"outbound-api\","
                    + " \"date_created\": \"Thu, 27 Nov 2025 10:00:00 +0000\", \"api_version\": \"2010-04-01\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String quote(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
