package eu.skilltalk.channel.telegram;

import eu.skilltalk.dialog.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Turns one outgoing message into Bot API calls. Text goes as plain text (no parse mode, so nothing needs
 * escaping), split at paragraph, line or word ends when longer than Telegram's 4,096 characters. Choices
 * become buttons on the last part: an emoji scale one row of inline buttons under the question, other
 * choices a reply keyboard with one big button per line that sends the choice's words (which the engine
 * reads), shown once and sized to fit. A message without choices removes any earlier keyboard. An image goes
 * as a photo, with the text as its caption when it fits in 1,024 characters.
 */
@Component
@ConditionalOnTelegram
class TelegramMessages {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    /** Labels this short are emoji or numbers: they fit side by side in one row. */
    private static final int SHORT_LABEL = 2;
    private static final int ONE_ROW = 8;
    private static final Pattern ABSOLUTE = Pattern.compile("https?://", Pattern.CASE_INSENSITIVE);

    /** The calls for one message, in order, and whether its last one carries inline buttons. */
    record Rendered(List<PartialBotApiMethod<Message>> calls, boolean inlineKeyboard) {
    }

    private final String publicBaseUrl;

    TelegramMessages(@Value("${skilltalk.public-base-url}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /**
     * @param keyboard names the inline buttons (in their callback data) so a later tap can be matched to
     *                 this message
     */
    Rendered render(String chatId, String text, List<Choice> choices, String imageUrl, String keyboard) {
        boolean inline = inline(choices);
        ReplyKeyboard markup = choices.isEmpty() ? ReplyKeyboardRemove.builder().removeKeyboard(true).build()
                : inline ? inlineKeyboard(choices, keyboard) : replyKeyboard(choices);
        List<String> texts = text == null || text.isBlank() ? List.of() : split(text.strip(), TEXT_LIMIT);
        List<PartialBotApiMethod<Message>> calls = new ArrayList<>();
        if (imageUrl != null) {
            boolean caption = texts.size() == 1 && texts.get(0).length() <= CAPTION_LIMIT;
            calls.add(SendPhoto.builder().chatId(chatId).photo(new InputFile(absolute(imageUrl)))
                    .caption(caption ? texts.get(0) : null)
                    .replyMarkup(caption || texts.isEmpty() ? markup : null).build());
            if (caption) {
                texts = List.of();
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            calls.add(SendMessage.builder().chatId(chatId).text(texts.get(i))
                    .replyMarkup(i == texts.size() - 1 ? markup : null).build());
        }
        return new Rendered(calls, inline);
    }

    /** Splits text into parts of at most {@code limit} characters, preferring paragraph, line and word ends. */
    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String text, int limit) {
        for (String end : List.of("\n\n", "\n", " ")) {
            int at = text.lastIndexOf(end, limit);
            // A break in the first half would leave a stub; cutting a long word is better then.
            if (at > limit / 2) {
                return at;
            }
        }
        // Never cut an emoji (a surrogate pair) in two.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    private static boolean inline(List<Choice> choices) {
        return !choices.isEmpty() && choices.size() <= ONE_ROW
                && choices.stream().allMatch(c -> symbols(c.label()) <= SHORT_LABEL);
    }

    /** Visible symbols: an emoji with its variation selector (U+FE0F) counts once. */
    private static int symbols(String label) {
        String plain = label.replace("\uFE0F", "");
        return plain.codePointCount(0, plain.length());
    }

    private static InlineKeyboardMarkup inlineKeyboard(List<Choice> choices, String keyboard) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (Choice choice : choices) {
            row.add(InlineKeyboardButton.builder().text(choice.label())
                    .callbackData(UpdateReader.callbackData(keyboard, choice.key())).build());
        }
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    private static ReplyKeyboardMarkup replyKeyboard(List<Choice> choices) {
        List<KeyboardRow> rows = choices.stream().map(c -> new KeyboardRow(new KeyboardButton(c.label()))).toList();
        return ReplyKeyboardMarkup.builder().keyboard(rows).resizeKeyboard(true).oneTimeKeyboard(true).build();
    }

    /** Telegram fetches photos itself, so a path of ours becomes a full public URL. */
    private String absolute(String imageUrl) {
        if (ABSOLUTE.matcher(imageUrl).lookingAt()) {
            return imageUrl;
        }
        return publicBaseUrl + (imageUrl.startsWith("/") ? "" : "/") + imageUrl;
    }
}
