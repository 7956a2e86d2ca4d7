package eu.skilltalk.dialog;

import java.time.Instant;

/**
 * What the client sent, with the time it arrived (the engine has no clock).
 *
 * @param text         the text, or {@code null} for a sticker, photo, voice note or other media
 * @param languageHint the channel's guess of the client's language (Telegram's {@code language_code}), or null
 * @param at           when it arrived
 */
public record Input(String text, String languageHint, Instant at) {

    public static Input text(String text, Instant at) {
        return new Input(text, null, at);
    }

    /** A message without text: the client gets a kind "please answer with words" re-prompt. */
    public static Input media(Instant at) {
        return new Input(null, null, at);
    }

    boolean isMedia() {
        return text == null;
    }
}
