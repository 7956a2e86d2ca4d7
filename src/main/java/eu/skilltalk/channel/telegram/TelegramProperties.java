package eu.skilltalk.channel.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Telegram bot: the channel is off while {@code token} is unset.
 *
 * <pre>
 * skilltalk.telegram:
 *   token: 123456:ABC...          # from @BotFather; env SKILLTALK_TELEGRAM_TOKEN
 *   api-url: https://api.telegram.org
 *   mode: webhook                 # or polling (one instance only)
 *   webhook-secret: a-long-random-string
 * </pre>
 *
 * @param token         the bot token, or unset to switch the channel off
 * @param apiUrl        the Bot API base (a self-hosted Bot API server, a test fake); scheme, host and port only
 * @param mode          {@code polling} asks Telegram for updates (one instance); {@code webhook} lets Telegram post them
 *                      to {@code skilltalk.public-base-url}{@code /webhooks/telegram} (any number of instances)
 * @param webhookSecret what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}; required in webhook mode
 */
@ConfigurationProperties("skilltalk.telegram")
record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("polling") Mode mode, String webhookSecret) {

    /** How updates reach SkillTalk. */
    enum Mode {
        POLLING, WEBHOOK
    }

    /** Telegram accepts 1 to 256 of these characters as a secret token. */
    private static final String SECRET = "[A-Za-z0-9_-]{1,256}";

    TelegramProperties {
        boolean on = token != null && !token.isBlank();
        if (on && mode == Mode.WEBHOOK && (webhookSecret == null || !webhookSecret.matches(SECRET))) {
            throw new IllegalArgumentException("skilltalk.telegram.webhook-secret is required in webhook mode: "
                    + "1 to 256 letters, digits, '_' or '-'");
        }
        if (apiUrl.getHost() == null || !(apiUrl.getPath() == null || apiUrl.getPath().isEmpty()
                || apiUrl.getPath().equals("/"))) {
            throw new IllegalArgumentException("skilltalk.telegram.api-url must be scheme, host and optional port, "
                    + "like https://api.telegram.org");
        }
    }

    /** Never prints the token or the secret, so a bound configuration can be logged safely. */
    @Override
    public String toString() {
        return "TelegramProperties[token=" + (token == null ? "unset" : "***") + ", apiUrl=" + apiUrl + ", mode="
                + mode + ", webhookSecret=" + (webhookSecret == null ? "unset" : "***") + "]";
    }
}
