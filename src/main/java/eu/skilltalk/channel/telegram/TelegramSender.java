package eu.skilltalk.channel.telegram;

import eu.skilltalk.delivery.ChannelSender;
import eu.skilltalk.delivery.DeliveryException;
import eu.skilltalk.delivery.OutboxItem;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends outbox messages to Telegram chats. What Telegram says decides what the outbox does next: 429 waits
 * exactly the retry_after it gave (TelegramBots never retries by itself), 400 and 403 (the client blocked
 * the bot, the chat is gone) are final, and 5xx, bad gateways and network errors are retried with backoff.
 * A message sent in several parts resumes after the last part Telegram accepted, so a retry never repeats
 * one.
 */
@Component
@ConditionalOnTelegram
class TelegramSender implements ChannelSender {

    private final TelegramClient client;
    private final TelegramMessages messages;
    private final TelegramChats chats;
    private final RetryHolds holds;

    TelegramSender(TelegramClient client, TelegramMessages messages, TelegramChats chats, RetryHolds holds) {
        this.client = client;
        this.messages = messages;
        this.chats = chats;
        this.holds = holds;
    }

    @Override
    public String channel() {
        return TelegramInbound.CHANNEL;
    }

    @Override
    public String send(OutboxItem item) throws DeliveryException {
        String chat = item.address();
        TelegramMessages.Rendered rendered = messages.render(chat, item.text(), item.choices(), item.imageUrl(),
                item.id());
        List<PartialBotApiMethod<Message>> calls = rendered.calls();
        // The first attempt cannot have sent anything yet: no need to look.
        int sent = item.attempts() > 1 ? chats.partsSent(chat, item.id()) : 0;
        Message message = null;
        for (int part = sent; part < calls.size(); part++) {
            boolean lastPart = part == calls.size() - 1;
            if (lastPart) {
                // Before sending: a tap can arrive the moment the buttons show.
                chats.showing(chat, rendered.inlineKeyboard() ? item.id() : null);
            }
            holds.check(chat);
            message = execute(chat, calls.get(part));
            if (!lastPart) {
                chats.sentParts(chat, item.id(), part + 1);
            }
        }
        return message == null ? null : String.valueOf(message.getMessageId());
    }

    private Message execute(String chat, PartialBotApiMethod<Message> call) throws DeliveryException {
        try {
            return call instanceof SendPhoto photo ? client.execute(photo) : client.execute((SendMessage) call);
        } catch (TelegramApiException e) {
            DeliveryException failure = failure(e);
            if (failure.retryAfter() != null) {
                holds.hold(chat, failure.retryAfter());
            }
            throw failure;
        }
    }

    /** What a failed call means for the outbox. Messages name the Telegram error only, never the chat or text. */
    static DeliveryException failure(TelegramApiException e) {
        if (e instanceof TelegramApiValidationException) {
            return new DeliveryException("telegram refused the message before sending it", true, null);
        }
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() > 0) {
            int code = request.getErrorCode();
            String reason = "telegram " + code + ": " + request.getApiResponse();
            if (code == 429) {
                Integer retryAfter = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return new DeliveryException(reason, false, retryAfter == null ? null : Duration.ofSeconds(retryAfter));
            }
            return new DeliveryException(reason, code == 400 || code == 403, null);
        }
        // No Telegram answer: a network error or a proxy's error page instead of JSON.
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new DeliveryException("no usable answer from telegram (" + cause.getClass().getSimpleName() + ")", false,
                null);
    }
}
