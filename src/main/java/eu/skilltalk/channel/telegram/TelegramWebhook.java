package eu.skilltalk.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /webhooks/telegram} in webhook mode: Telegram posts each update here with the secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}. A missing or wrong secret gets 401 before the body is read; a
 * body that is not an update gets 400. A good update is stored and answered 200 at once, since Telegram
 * holds back a chat's next update until the last one is answered; the conversation runs afterwards, in the
 * chat's order. When the store cannot take it the answer is an error and Telegram delivers it again.
 */
@RestController
@ConditionalOnTelegram
@ConditionalOnProperty(name = "skilltalk.telegram.mode", havingValue = "webhook")
class TelegramWebhook {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are a few kilobytes; this is far more than any needs. */
    private static final int MAX_BODY = 1 << 20;
    /** Jackson 2, the one TelegramBots' types are annotated for (Spring MVC itself uses Jackson 3). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final TelegramInbound inbound;
    private final byte[] secretDigest;

    TelegramWebhook(TelegramInbound inbound, TelegramProperties properties) {
        this.inbound = inbound;
        this.secretDigest = sha256(properties.webhookSecret());
    }

    @PostMapping(TelegramSetup.WEBHOOK_PATH)
    ResponseEntity<ProblemDetail> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
            InputStream body) throws IOException {
        if (secret == null || !MessageDigest.isEqual(secretDigest, sha256(secret))) {
            return problem(HttpStatus.UNAUTHORIZED, "Missing or wrong " + SECRET_HEADER + " header");
        }
        byte[] bytes = body.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "An update is at most " + MAX_BODY + " bytes");
        }
        Update update;
        try {
            update = JSON.readValue(bytes, Update.class);
        } catch (JsonProcessingException e) {
            return problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update in JSON");
        }
        if (update == null || update.getUpdateId() == null) {
            return problem(HttpStatus.BAD_REQUEST, "update_id is missing");
        }
        inbound.accept(update);
        return ResponseEntity.ok().build();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** Comparing digests takes the same time whatever the secret sent, its length included. */
    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
