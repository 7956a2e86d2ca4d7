package eu.skilltalk.channel.telegram;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads what a client said in one Telegram update: a text, a tapped button, or media (a sticker, photo,
 * voice note, location...) that the engine answers kindly. Only private chats count; groups, channels,
 * edits and other update kinds are left alone. No I/O.
 */
final class UpdateReader {

    /** A client's message as SkillTalk takes it; {@code text} is {@code null} for media. */
    record Incoming(String chatId, String updateId, String text, String languageCode, Tap tap) {
    }

    /**
     * A tapped inline button. Its callback data is {@code <keyboard>:<choice key>}, where the keyboard names
     * the message (and so the question) the button belongs to; {@code keyboard} is {@code null} when the data
     * is not ours.
     */
    record Tap(String queryId, String keyboard) {
    }

    /** {@code /start}, {@code /start <deep-link payload>}, also in the {@code /start@BotName} form. */
    private static final Pattern START = Pattern.compile("/start(?:@\\w+)?(?:\\s+(.*))?", Pattern.DOTALL);
    private static final List<Predicate<Message>> MEDIA = List.of(Message::hasSticker, Message::hasPhoto,
            Message::hasVoice, Message::hasAudio, Message::hasVideo, Message::hasVideoNote, Message::hasAnimation,
            Message::hasDocument, Message::hasLocation, Message::hasContact, Message::hasPoll, Message::hasDice,
            Message::hasStory);

    private final String plainStart;

    /**
     * @param plainStart the text a bare {@code /start} stands for: a word the engine takes as "go on where
     *                   we were" (a new client is greeted whatever the first text is)
     */
    UpdateReader(String plainStart) {
        this.plainStart = plainStart;
    }

    static String callbackData(String keyboard, String key) {
        return keyboard + ":" + key;
    }

    Optional<Incoming> read(Update update) {
        String updateId = String.valueOf(update.getUpdateId());
        if (update.hasMessage()) {
            return message(update.getMessage(), updateId);
        }
        if (update.hasCallbackQuery()) {
            return tap(update.getCallbackQuery(), updateId);
        }
        return Optional.empty();
    }

    private Optional<Incoming> message(Message message, String updateId) {
        if (!privateChat(message)) {
            return Optional.empty();
        }
        String text;
        if (message.hasText()) {
            text = startPayload(message.getText());
        } else if (MEDIA.stream().anyMatch(media -> media.test(message))) {
            text = null;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Incoming(message.getChatId().toString(), updateId, text,
                languageCode(message.getFrom()), null));
    }

    private Optional<Incoming> tap(CallbackQuery query, String updateId) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || !privateChat(message)) {
            return Optional.empty();
        }
        String data = query.getData() == null ? "" : query.getData();
        int colon = data.lastIndexOf(':');
        String keyboard = colon > 0 ? data.substring(0, colon) : null;
        String key = colon > 0 ? data.substring(colon + 1) : data;
        return Optional.of(new Incoming(message.getChatId().toString(), updateId, key,
                languageCode(query.getFrom()), new Tap(query.getId(), keyboard)));
    }

    /** A deep link {@code t.me/<bot>?start=<code>} arrives as {@code /start <code>}: the code is the text. */
    private String startPayload(String text) {
        Matcher start = START.matcher(text.strip());
        if (!start.matches()) {
            return text;
        }
        String payload = start.group(1) == null ? "" : start.group(1).strip();
        return payload.isEmpty() ? plainStart : payload;
    }

    private static boolean privateChat(MaybeInaccessibleMessage message) {
        return message.getChat() != null && Boolean.TRUE.equals(message.getChat().isUserChat());
    }

    private static String languageCode(User user) {
        return user == null ? null : user.getLanguageCode();
    }
}
