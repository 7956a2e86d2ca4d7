package eu.skilltalk.conversation;

/**
 * A message from a client as a channel adapter hands it over.
 *
 * @param channel      {@code simulator}, {@code telegram}, {@code sms}
 * @param address      the client's address on that channel (chat id, phone number, conversation id)
 * @param externalId   the channel's id of this message (Telegram update_id, Twilio MessageSid), for
 *                     deduplication; {@code null} when the channel has none
 * @param text         the text, or {@code null} for a sticker, photo, voice note or other media
 * @param languageCode the channel's guess of the client's language, or {@code null}
 */
public record InboundMessage(String channel, String address, String externalId, String text, String languageCode) {
}
