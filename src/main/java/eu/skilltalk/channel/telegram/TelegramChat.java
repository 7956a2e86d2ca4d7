package eu.skilltalk.channel.telegram;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What SkillTalk keeps about one Telegram chat between sends. Holds no message text.
 *
 * <pre>{"_id": "4242", "keyboard": "5d0c...", "item": "9a1e...", "partsSent": 1}</pre>
 *
 * @param id        the chat id
 * @param keyboard  the outbox item whose inline buttons may still be tapped, or {@code null}: a tap on any
 *                  other message's buttons is for a question that is over
 * @param item      the outbox item last sent in several parts (a long text, a photo and its text)
 * @param partsSent how many of that item's parts Telegram has accepted, so a retry sends only the rest; absent
 *                  while no item was sent in parts
 */
@Document("telegram_chats")
record TelegramChat(@Id String id, String keyboard, String item, Integer partsSent) {
}
