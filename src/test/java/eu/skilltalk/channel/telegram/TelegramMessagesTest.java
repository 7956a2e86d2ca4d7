package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;

class TelegramMessagesTest {

    private static final List<Choice> FACES = List.of(new Choice("1", "😟"), new Choice("2", "🙁"),
            new Choice("3", "😐"), new Choice("4", "🙂"), new Choice("5", "😄"));
    private static final List<Choice> WORDS = List.of(new Choice("1", "I made a list or a plan"),
            new Choice("2", "I asked others to help"));

    private final TelegramMessages messages = new TelegramMessages("https://skilltalk.example/");

    @Test
    void anEmojiScaleIsOneRowOfInlineButtonsNamingTheMessageAndTheChoice() {
        TelegramMessages.Rendered rendered = messages.render("42", "How good are you at planning?", FACES, null, "item-1");

        assertThat(rendered.inlineKeyboard()).isTrue();
        InlineKeyboardMarkup markup = (InlineKeyboardMarkup) ((SendMessage) rendered.calls().get(0)).getReplyMarkup();
        assertThat(markup.getKeyboard()).hasSize(1);
        assertThat(markup.getKeyboard().get(0)).extracting(InlineKeyboardButton::getText)
                .containsExactly("😟", "🙁", "😐", "🙂", "😄");
        assertThat(markup.getKeyboard().get(0)).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("item-1:1", "item-1:2", "item-1:3", "item-1:4", "item-1:5");
    }

    @Test
    void wordChoicesAreAOneTimeResizedReplyKeyboardWithOneBigButtonPerLine() {
        TelegramMessages.Rendered rendered = messages.render("42", "What did you do first?", WORDS, null, "item-1");

        assertThat(rendered.inlineKeyboard()).isFalse();
        ReplyKeyboardMarkup markup = (ReplyKeyboardMarkup) ((SendMessage) rendered.calls().get(0)).getReplyMarkup();
        assertThat(markup.getKeyboard()).hasSize(2);
        assertThat(markup.getKeyboard().get(0)).extracting(KeyboardButton::getText)
                .containsExactly("I made a list or a plan");
        assertThat(markup.getOneTimeKeyboard()).isTrue();
        assertThat(markup.getResizeKeyboard()).isTrue();
    }

    @Test
    void aMessageWithoutChoicesRemovesTheLastKeyboardAndIsPlainText() {
        SendMessage message = (SendMessage) messages.render("42", "Nice to meet you, *Sam_1*!", List.of(), null, "i")
                .calls().get(0);

        assertThat(message.getText()).isEqualTo("Nice to meet you, *Sam_1*!");
        assertThat(message.getParseMode()).isNull();
        assertThat(message.getReplyMarkup()).isInstanceOf(ReplyKeyboardRemove.class);
    }

    @Test
    void aLongTextIsSplitAtWordEndsWithTheButtonsOnTheLastPart() {
        String text = "word ".repeat(2000).strip();

        List<SendMessage> parts = messages.render("42", text, WORDS, null, "i").calls().stream()
                .map(SendMessage.class::cast).toList();

        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.getText().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts.stream().map(SendMessage::getText).toList())).isEqualTo(text);
        assertThat(parts.get(0).getReplyMarkup()).isNull();
        assertThat(parts.get(2).getReplyMarkup()).isInstanceOf(ReplyKeyboardMarkup.class);
    }

    @Test
    void splittingPrefersParagraphsAndNeverCutsAnEmoji() {
        String first = "a".repeat(3000);
        String second = "b".repeat(3000);
        assertThat(TelegramMessages.split(first + "\n\n" + second, 4096)).containsExactly(first, second);

        String emoji = "x".repeat(4095) + "😄" + "y";
        List<String> parts = TelegramMessages.split(emoji, 4096);
        assertThat(parts).containsExactly("x".repeat(4095), "😄y");
    }

    @Test
    void anImageIsAPhotoFromThePublicUrlWithTheTextAsCaption() {
        List<?> calls = messages.render("42", "Your chart", WORDS, "/charts/p1.png", "i").calls();

        assertThat(calls).hasSize(1);
        SendPhoto photo = (SendPhoto) calls.get(0);
        assertThat(photo.getPhoto().getAttachName()).isEqualTo("https://skilltalk.example/charts/p1.png");
        assertThat(photo.getCaption()).isEqualTo("Your chart");
        assertThat(photo.getReplyMarkup()).isInstanceOf(ReplyKeyboardMarkup.class);
    }

    @Test
    void aTextTooLongForACaptionFollowsThePhoto() {
        List<?> calls = messages.render("42", "z".repeat(1500), List.of(), "https://cdn.example/b.png", "i").calls();

        assertThat(calls).hasSize(2);
        assertThat(((SendPhoto) calls.get(0)).getPhoto().getAttachName()).isEqualTo("https://cdn.example/b.png");
        assertThat(((SendPhoto) calls.get(0)).getCaption()).isNull();
        assertThat(((SendMessage) calls.get(1)).getText()).hasSize(1500);
    }
}
