package eu.skilltalk.channel.telegram;

import eu.skilltalk.conversation.ConversationService;
import eu.skilltalk.conversation.InboundMessage;
import eu.skilltalk.dialog.Command;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Takes updates from polling or the webhook and hands each client's message to the conversation, which
 * stores it before this returns and processes it afterwards in the chat's order. Only then is the update
 * acknowledged (the webhook answers, polling moves its offset), so an instance that dies loses nothing.
 * Telegram's update_id is the message's external id, so an update delivered twice (a webhook retry, a
 * restart, a second instance) is handled once.
 */
@Component
@ConditionalOnTelegram
class TelegramInbound {

    static final String CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    private final ConversationService conversations;
    private final TelegramClient client;
    private final TelegramChats chats;
    private final Participants participants;
    private final LocaleCatalog catalog;
    private final UpdateReader reader;

    TelegramInbound(ConversationService conversations, TelegramClient client, TelegramChats chats,
            Participants participants, LocaleCatalog catalog) {
        this.conversations = conversations;
        this.client = client;
        this.chats = chats;
        this.participants = participants;
        this.catalog = catalog;
        // The fallback language's words work in every language; "repeat" re-asks the current question.
        this.reader = new UpdateReader(catalog.words(catalog.languages().get(0), Command.REPEAT.wordsKey()).get(0));
    }

    /**
     * Stores an update from the webhook for the conversation. Throws when the store cannot take it: the
     * webhook then fails and Telegram delivers the update again.
     */
    void accept(Update update) {
        reader.read(update).ifPresent(this::accept);
    }

    /**
     * Stores updates from long polling. Never throws, or the polling loop would stop; an update the store
     * could not take is logged by its id only.
     */
    void take(List<Update> updates) {
        for (Update update : updates) {
            try {
                accept(update);
            } catch (RuntimeException e) {
                // The exception's message may quote a chat id or text, so only its type goes to the log.
                log.error("Telegram update {} could not be stored: {}", update.getUpdateId(), e.getClass().getName());
            }
        }
    }

    private void accept(UpdateReader.Incoming in) {
        if (in.tap() == null || tapped(in)) {
            conversations.accept(new InboundMessage(CHANNEL, in.chatId(), in.updateId(), in.text(), in.languageCode()));
        }
    }

    /**
     * Answers the tap (Telegram shows a spinner until then) and says whether it counts: only the first
     * tap on the latest buttons does; an older question's buttons get a short note instead.
     */
    private boolean tapped(UpdateReader.Incoming in) {
        boolean live = in.tap().keyboard() != null && chats.take(in.chatId(), in.tap().keyboard());
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(in.tap().queryId())
                .text(live ? null : catalog.render(language(in), "telegram.button.closed")).build();
        try {
            client.execute(answer);
        } catch (TelegramApiException e) {
            // An old query can no longer be answered; the message itself is still handled.
            log.debug("Telegram callback query not answered: {}", e.getMessage());
        }
        return live;
    }

    private String language(UpdateReader.Incoming in) {
        return participants.findByAddress(Participant.address(CHANNEL, in.chatId())).map(Participant::language)
                .or(() -> Optional.ofNullable(in.languageCode())
                        .map(code -> code.split("[-_]")[0].toLowerCase(Locale.ROOT)))
                .orElse(catalog.languages().get(0));
    }
}
