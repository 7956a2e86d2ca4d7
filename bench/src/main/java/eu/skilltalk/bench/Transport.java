package eu.skilltalk.bench;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** How a simulated client's message reaches SkillTalk. */
interface Transport {

    /** The turn key the replies to message {@code id} are stored under ({@code <channel>:<external id>}). */
    String key(long id);

    /** Sends message {@code id} from a client; {@code accepted} completes when SkillTalk has stored it. */
    void send(int client, long id, String text, CompletableFuture<Void> accepted);

    /** Straight into {@link ConversationService#accept}, as a channel adapter does after its webhook. */
    record InProcess(ConversationService conversations) implements Transport {
        @Override
        public String key(long id) {
            return BenchBeans.CHANNEL + ":m" + id;
        }

        @Override
        public void send(int client, long id, String text, CompletableFuture<Void> accepted) {
            conversations.accept(new InboundMessage(BenchBeans.CHANNEL, "c" + client, "m" + id, text, null));
            accepted.complete(null);
        }
    }

    /** Twilio's signed SMS webhook over HTTP ({@code X-Twilio-Signature}, HMAC-SHA1 of URL and sorted form). */
    final class SignedSms implements Transport {

        static final String PATH = "/webhooks/twilio/sms";

        private final HttpClient http = HttpClient.newBuilder().build();
        private final URI endpoint;
        private final String signedUrl;
        private final String authToken;

        SignedSms(int port, String publicBaseUrl, String authToken) {
            this.endpoint = URI.create("http://127.0.0.1:" + port + PATH);
            this.signedUrl = publicBaseUrl + PATH;
            this.authToken = authToken;
        }

        static String number(int client) {
            return "+3161%07d".formatted(client);
        }

        private static String sid(long id) {
            return "SM%032x".formatted(id);
        }

        @Override
        public String key(long id) {
            return "sms:" + sid(id);
        }

        @Override
        public void send(int client, long id, String text, CompletableFuture<Void> accepted) {
            String sid = sid(id);
            Map<String, String> form = new TreeMap<>(Map.of("MessageSid", sid, "From", number(client),
                    "To", "+3197010000000", "Body", text, "NumMedia", "0"));
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", sign(form))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            // Sent and awaited on the load driver's own thread: the JDK's sendAsync hands every response to
            // CompletableFuture's default executor, which on 2 cores starts a new thread per task (about 4,800
            // threads a run, whose cost fell on SkillTalk's measured CPU).
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    accepted.complete(null);
                } else {
                    accepted.completeExceptionally(
                            new IllegalStateException("webhook answered " + response.statusCode()));
                }
            } catch (IOException e) {
                accepted.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                accepted.completeExceptionally(e);
            }
        }

        private String sign(Map<String, String> sortedForm) {
            StringBuilder data = new StringBuilder(signedUrl);
            sortedForm.forEach((k, v) -> data.append(k).append(v));
            try {
                Mac mac = Mac.getInstance("HmacSHA1");
                mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                byte[] signature = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(signature);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
