package eu.skilltalk.channel.sms;

import static org.awaitility.Awaitility.await;

import eu.skilltalk.delivery.Outbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with the SMS and WhatsApp channels on, pointed at a {@link FakeTwilio}, plus signed
 * webhook calls as Twilio makes them. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TwilioTestSupport {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "test-auth-token";
    static final String FROM = "+3197010000000";
    static final String WHATSAPP_FROM = "+3197010000001";
    /** Twilio signs the public URL; the tests call a random local port, so a mismatch would show. */
    static final String PUBLIC_URL = "https://skilltalk.example.org";
    static final Duration DEADLINE = Duration.ofSeconds(20);

    static final FakeTwilio TWILIO = start();
    private static final AtomicLong SIDS = new AtomicLong(System.nanoTime());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate store;
    @Autowired
    Outbox outbox;

    private static FakeTwilio start() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        registry.add("skilltalk.twilio.account-sid", () -> ACCOUNT);
        registry.add("skilltalk.twilio.auth-token", () -> TOKEN);
        registry.add("skilltalk.twilio.from", () -> FROM);
        registry.add("skilltalk.twilio.whatsapp-from", () -> WHATSAPP_FROM);
        registry.add("skilltalk.twilio.api-url", TWILIO::url);
        registry.add("skilltalk.public-base-url", () -> PUBLIC_URL);
        registry.add("skilltalk.delivery.first-retry", () -> "50ms");
    }

    static String newSid() {
        return "SM%032x".formatted(SIDS.incrementAndGet());
    }

    /** A client's SMS as Twilio posts it, correctly signed. */
    HttpResponse<String> sms(String from, String body) {
        return sms(newSid(), from, body);
    }

    HttpResponse<String> sms(String sid, String from, String body) {
        return signed("/webhooks/twilio/sms", Map.of("MessageSid", sid, "SmsSid", sid, "AccountSid", ACCOUNT,
                "From", from, "To", FROM, "Body", body, "NumMedia", "0", "NumSegments", "1"));
    }

    HttpResponse<String> signed(String path, Map<String, String> form) {
        return post(path, form, signature(PUBLIC_URL + path, form));
    }

    HttpResponse<String> post(String path, Map<String, String> form, String signature) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Twilio's scheme, written out independently of the SDK: Base64(HMAC-SHA1(token, url + sorted key+value)). */
    static String signature(String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every stored inbound message was handled and every queued reply sent or given up. */
    void awaitIdle() {
        await().atMost(DEADLINE).until(() -> inboxDepth() == 0 && outbox.waiting() == 0);
    }

    /** Inbound messages stored and not yet handled. */
    long inboxDepth() {
        return store.getCollection("inbox").countDocuments();
    }

    /** Whether this MessageSid was taken (a receipt stays after the message was handled). */
    boolean taken(String sid) {
        return store.getCollection("inbound_receipts").countDocuments(new Document("_id", "sms:" + sid)) > 0;
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
