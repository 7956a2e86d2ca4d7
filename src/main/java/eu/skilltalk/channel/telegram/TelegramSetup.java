package eu.skilltalk.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.skilltalk.locale.LocaleCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Connects the bot when SkillTalk starts: in polling mode it starts the long-polling loop (which deletes any
 * webhook first), in webhook mode it registers {@code <public-base-url>/webhooks/telegram} with the secret;
 * then it sets the command menu in every language. Telegram being down does not stop SkillTalk from
 * starting: each step is retried in the background, waiting longer each time, until it works.
 */
@Component
@ConditionalOnTelegram
class TelegramSetup implements SmartLifecycle {

    static final String WEBHOOK_PATH = "/webhooks/telegram";
    /** Only what SkillTalk reads; Telegram then sends nothing else (no edits, no group events). */
    static final List<String> UPDATES = List.of("message", "callback_query");

    private static final Logger log = LoggerFactory.getLogger(TelegramSetup.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    /** A step that talks to Telegram once. */
    private interface Step {
        void run() throws TelegramApiException;
    }

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramInbound inbound;
    private final LocaleCatalog catalog;
    private final String webhookUrl;
    private ScheduledExecutorService setup;
    private ScheduledExecutorService polling;
    private TelegramBotsLongPollingApplication longPolling;
    private volatile boolean running;

    TelegramSetup(TelegramProperties properties, TelegramClient client, TelegramInbound inbound,
            LocaleCatalog catalog, @Value("${skilltalk.public-base-url}") String publicBaseUrl) {
        this.properties = properties;
        this.client = client;
        this.inbound = inbound;
        this.catalog = catalog;
        this.webhookUrl = publicBaseUrl.replaceAll("/+$", "") + WEBHOOK_PATH;
    }

    @Override
    public synchronized void start() {
        running = true;
        setup = Executors.newSingleThreadScheduledExecutor(daemon("telegram-setup-"));
        List<Step> steps = new ArrayList<>();
        steps.add(properties.mode() == TelegramProperties.Mode.WEBHOOK ? this::setWebhook : this::startPolling);
        for (SetMyCommands menu : BotMenu.calls(catalog)) {
            steps.add(() -> client.execute(menu));
        }
        setup.execute(() -> runFrom(steps, 0, FIRST_RETRY));
    }

    private void runFrom(List<Step> steps, int first, Duration wait) {
        for (int i = first; i < steps.size() && running; i++) {
            try {
                steps.get(i).run();
            } catch (TelegramApiException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Telegram setup step {} of {} failed, trying again in {}: {}", i + 1, steps.size(), wait,
                        e.getCause() == null ? e.getMessage() : e.getMessage() + " (" + e.getCause() + ")");
                int failed = i;
                Duration doubled = wait.multipliedBy(2);
                Duration next = doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled;
                setup.schedule(() -> runFrom(steps, failed, next), wait.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        if (running) {
            log.info("Telegram bot connected ({} mode) and its menu set",
                    properties.mode().name().toLowerCase(Locale.ROOT));
        }
    }

    private void setWebhook() throws TelegramApiException {
        client.execute(SetWebhook.builder().url(webhookUrl).secretToken(properties.webhookSecret())
                .allowedUpdates(UPDATES).build());
    }

    /**
     * A fresh application per attempt: one whose first deleteWebhook failed keeps the bot registered. The
     * network calls run outside the lock, so a stop never waits for Telegram.
     */
    private void startPolling() throws TelegramApiException {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling-"));
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> thread, ExponentialBackOff::new);
        try {
            application.registerBot(properties.token(), () -> TelegramConfiguration.telegramUrl(properties.apiUrl()),
                    new DefaultGetUpdatesGenerator(UPDATES), inbound::take);
        } catch (TelegramApiException e) {
            close(application, thread);
            throw e;
        }
        synchronized (this) {
            if (running) {
                longPolling = application;
                polling = thread;
            } else {
                close(application, thread);
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        setup.shutdownNow();
        if (longPolling != null) {
            close(longPolling, polling);
            longPolling = null;
        }
    }

    private static void close(TelegramBotsLongPollingApplication application, ScheduledExecutorService thread) {
        try {
            application.close();
        } catch (Exception e) {
            log.debug("Telegram long polling did not close cleanly", e);
        }
        // No interrupt: the poll in flight ends by itself (its updates come again at the next start, and
        // update_id keeps them from being handled twice); interrupting it only makes the library log errors.
        thread.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory daemon(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }
}
