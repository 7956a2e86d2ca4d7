package eu.skilltalk.channel.telegram;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API client, pointed at {@code skilltalk.telegram.api-url}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
class TelegramConfiguration {

    /** A send that hangs this long is given up and retried by the outbox. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    @Bean
    TelegramClient telegramClient(TelegramProperties properties) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .callTimeout(CALL_TIMEOUT).build();
        return new OkHttpTelegramClient(http, properties.token(), telegramUrl(properties.apiUrl()));
    }

    static TelegramUrl telegramUrl(URI apiUrl) {
        boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", apiUrl.getHost(), port, false);
    }
}
