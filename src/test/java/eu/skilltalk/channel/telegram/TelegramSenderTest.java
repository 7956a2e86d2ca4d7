package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.delivery.DeliveryException;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** How Bot API errors, parsed by TelegramBots from real response bodies, decide the outbox's next step. */
class TelegramSenderTest {

    private static DeliveryException failure(String response) {
        try {
            new SendMessage("42", "hi").deserializeResponse(response);
        } catch (TelegramApiRequestException e) {
            return TelegramSender.failure(e);
        }
        throw new AssertionError("no error in " + response);
    }

    @Test
    void tooManyRequestsWaitsExactlyRetryAfter() {
        DeliveryException e = failure("{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");

        assertThat(e.permanent()).isFalse();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aBlockedBotOrABadRequestIsFinal() {
        assertThat(failure(FakeBotApi.error(403, "Forbidden: bot was blocked by the user")).permanent()).isTrue();
        assertThat(failure(FakeBotApi.error(400, "Bad Request: chat not found")).permanent()).isTrue();
    }

    @Test
    void serverErrorsGatewayPagesAndNetworkErrorsAreRetried() {
        DeliveryException serverError = failure(FakeBotApi.error(502, "Bad Gateway"));
        DeliveryException htmlPage = failure("<html>502 Bad Gateway</html>");
        DeliveryException network = TelegramSender.failure(
                new TelegramApiException("Unable to execute sendmessage method", new IOException("timeout")));

        assertThat(serverError.permanent()).isFalse();
        assertThat(serverError.retryAfter()).isNull();
        assertThat(htmlPage.permanent()).isFalse();
        assertThat(network.permanent()).isFalse();
    }

    @Test
    void theReasonNamesTheTelegramErrorOnly() {
        assertThat(failure(FakeBotApi.error(403, "Forbidden: bot was blocked by the user")).getMessage())
                .isEqualTo("telegram 403: Forbidden: bot was blocked by the user");
    }
}
