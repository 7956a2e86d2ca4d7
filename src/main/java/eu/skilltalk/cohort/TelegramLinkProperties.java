package eu.skilltalk.cohort;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram bot's public username (without {@code @}), for join links {@code https://t.me/<bot>?start=<code>};
 * no link when unset.
 */
@ConfigurationProperties("skilltalk.telegram")
public record TelegramLinkProperties(String botUsername) {
}
