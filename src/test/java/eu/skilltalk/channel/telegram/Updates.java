package eu.skilltalk.channel.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Telegram updates as the Bot API sends them (JSON), for tests. */
final class Updates {

    private static final long DATE = 1_767_600_000L;

    private Updates() {
    }

    static ObjectNode text(int updateId, long chatId, String text, String languageCode) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = message(update.putObject("message"), chatId, "private", languageCode).put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities").addObject().put("offset", 0).put("length", end).put("type", "bot_command");
        }
        return update;
    }

    static ObjectNode sticker(int updateId, long chatId) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode().put("update_id", updateId);
        message(update.putObject("message"), chatId, "private", "en").putObject("sticker").put("file_id", "CAAC")
                .put("file_unique_id", "AgAD").put("type", "regular").put("width", 512).put("height", 512)
                .put("is_animated", false).put("is_video", false).put("emoji", "👍");
        return update;
    }

    static ObjectNode location(int updateId, long chatId) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode().put("update_id", updateId);
        message(update.putObject("message"), chatId, "private", "en").putObject("location").put("latitude", 50.85)
                .put("longitude", 4.35);
        return update;
    }

    static ObjectNode groupText(int updateId, long chatId, String text) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode().put("update_id", updateId);
        message(update.putObject("message"), chatId, "group", "en").put("text", text);
        return update;
    }

    /** A tap on an inline button of message {@code messageId}. */
    static ObjectNode tap(int updateId, long chatId, String queryId, String data, int messageId) {
        ObjectNode update = FakeBotApi.JSON.createObjectNode().put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query").put("id", queryId).put("chat_instance", "-42")
                .put("data", data);
        user(query.putObject("from"), chatId, "nl");
        ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", DATE)
                .put("text", "?");
        message.putObject("chat").put("id", chatId).put("type", "private").put("first_name", "Sam");
        return update;
    }

    static Update parse(ObjectNode json) {
        try {
            return FakeBotApi.JSON.treeToValue(json, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode message(ObjectNode message, long chatId, String chatType, String languageCode) {
        message.put("message_id", 7).put("date", DATE);
        message.putObject("chat").put("id", chatId).put("type", chatType).put("first_name", "Sam");
        user(message.putObject("from"), chatId, languageCode);
        return message;
    }

    private static void user(ObjectNode user, long id, String languageCode) {
        user.put("id", id).put("is_bot", false).put("first_name", "Sam");
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
    }
}
