package eu.skilltalk.channel.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API on 127.0.0.1 for tests, spoken to by the real TelegramBots client: every call is
 * {@code POST /bot<token>/<method>} with a JSON or multipart body, and is recorded. {@code getUpdates} hands
 * out queued updates (holding the request briefly when there are none, like long polling); sends answer
 * like Telegram, or with a failure a test queued for that chat.
 */
final class FakeBotApi {

    static final String TOKEN = "123456:test-token";
    static final String PUBLIC_BASE_URL = "https://skilltalk.example";
    static final ObjectMapper JSON = new ObjectMapper();
    /** How long a test waits for SkillTalk to act before it fails. */
    static final Duration DEADLINE = Duration.ofSeconds(30);

    /** One recorded call: the method in lower case and its parameters (multipart fields as text). */
    record Call(String method, JsonNode params, int status, Instant at) {

        String chatId() {
            return params.path("chat_id").asText(null);
        }

        String text() {
            return params.has("caption") ? params.get("caption").asText() : params.path("text").asText(null);
        }

        /** reply_markup as JSON, whether it came as an object (JSON body) or as text (multipart). */
        JsonNode markup() {
            JsonNode markup = params.path("reply_markup");
            try {
                return markup.isTextual() ? JSON.readTree(markup.asText()) : markup;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A scripted answer to one send; {@link #PASS} lets the send through. */
    private record Failure(int status, String body) {
    }

    private static final Failure PASS = new Failure(200, null);

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("name=\"([^\"]+)\"");

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final BlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);

    private FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Points SkillTalk's Telegram channel at this fake, with a public base URL for webhooks and photos. */
    void configure(DynamicPropertyRegistry registry) {
        registry.add("skilltalk.telegram.token", () -> TOKEN);
        registry.add("skilltalk.telegram.api-url", this::url);
        registry.add("skilltalk.public-base-url", () -> PUBLIC_BASE_URL);
    }

    /** The next getUpdates hands this update out. */
    void queue(JsonNode update) {
        updates.add(update);
    }

    /**
     * The next call to this chat fails with this HTTP status and Bot API error body; for calls without a chat
     * (setWebhook, setMyCommands) name the method instead.
     */
    void failNext(String chatId, int status, String body) {
        failures.computeIfAbsent(chatId, c -> new ArrayDeque<>()).add(new Failure(status, body));
    }

    /** The next send to this chat goes through; a failure queued after it hits the send after. */
    void passNext(String chatId) {
        failures.computeIfAbsent(chatId, c -> new ArrayDeque<>()).add(PASS);
    }

    static String error(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls of this method to this chat that Telegram accepted, oldest first. */
    List<Call> sent(String method, String chatId) {
        return calls.stream().filter(c -> c.method().equals(method) && chatId.equals(c.chatId()) && c.status() == 200)
                .toList();
    }

    /** Waits until at least {@code count} messages went to the chat, then returns them all. */
    List<Call> awaitMessages(long chatId, int count) {
        String chat = String.valueOf(chatId);
        await().atMost(DEADLINE).until(() -> sent("sendmessage", chat).size() >= count);
        return sent("sendmessage", chat);
    }

    /** Every attempt of this method to this chat, failed ones included. */
    List<Call> attempts(String method, String chatId) {
        return calls.stream().filter(c -> c.method().equals(method) && chatId.equals(c.chatId())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.length != 3 || !path[1].equals("bot" + TOKEN) || !"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 404, error(404, "Not Found"));
            return;
        }
        // TelegramBots sends lower-case method names, except deleteWebhook.
        String method = path[2].toLowerCase(Locale.ROOT);
        JsonNode params = params(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        if (method.equals("getupdates")) {
            respond(exchange, 200, updatesAfter(params.path("offset").asInt(0)));
            calls.add(new Call(method, params, 200, Instant.now()));
            return;
        }
        String chatId = params.path("chat_id").asText(null);
        Deque<Failure> queued = failures.get(chatId != null ? chatId : method);
        Failure scripted = queued == null ? null : queued.poll();
        Failure failure = scripted == PASS ? null : scripted;
        calls.add(new Call(method, params, failure == null ? 200 : failure.status(), Instant.now()));
        if (failure != null) {
            respond(exchange, failure.status(), failure.body());
        } else if (method.equals("sendmessage") || method.equals("sendphoto")) {
            respond(exchange, 200, sentMessage(chatId, params));
        } else {
            respond(exchange, 200, "{\"ok\":true,\"result\":true}");
        }
    }

    private String updatesAfter(int offset) {
        ArrayNode result = JSON.createArrayNode();
        try {
            JsonNode first = updates.poll(300, TimeUnit.MILLISECONDS);
            if (first != null) {
                List<JsonNode> batch = new ArrayList<>(List.of(first));
                updates.drainTo(batch);
                batch.stream().filter(u -> u.path("update_id").asInt() >= offset).forEach(result::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "{\"ok\":true,\"result\":" + result + "}";
    }

    private String sentMessage(String chatId, JsonNode params) {
        ObjectNode message = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet())
                .put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", Long.parseLong(chatId)).put("type", "private");
        if (params.has("text")) {
            message.put("text", params.get("text").asText());
        }
        return "{\"ok\":true,\"result\":" + message + "}";
    }

    private static JsonNode params(String contentType, byte[] body) throws IOException {
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            return multipart(contentType, new String(body, StandardCharsets.UTF_8));
        }
        return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private static JsonNode multipart(String contentType, String body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("multipart without boundary");
        }
        ObjectNode fields = JSON.createObjectNode();
        for (String part : body.split("--" + Pattern.quote(boundary.group(1)))) {
            int blank = part.indexOf("\r\n\r\n");
            Matcher name = PART_NAME.matcher(part);
            if (blank > 0 && name.find() && name.start() < blank) {
                String value = part.substring(blank + 4);
                fields.put(name.group(1), value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
            }
        }
        return fields;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
