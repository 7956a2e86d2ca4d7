package eu.skilltalk.schedule;

import java.time.Duration;
import java.util.Map;

/**
 * What a job does for a client, or a broadcast for each client of a cohort.
 *
 * <pre>{"kind": "DIALOG", "dialog": "selfcheck", "afterSeconds": 259200}</pre>
 *
 * @param kind         what to do
 * @param text         {@code TEXT}: the coach's words, sent as they are
 * @param messageKey   {@code MESSAGE}: a locale key, rendered in the client's language when sent
 * @param args         {@code MESSAGE}: the key's arguments
 * @param dialog       {@code DIALOG}: the dialog to start; {@code REMINDER}: the dialog to nudge about
 * @param afterSeconds {@code DIALOG}: remind after this long if unfinished; {@code REMINDER}: how long the
 *                     client must have been quiet
 */
public record Task(Kind kind, String text, String messageKey, Map<String, String> args, String dialog,
        Long afterSeconds) {

    public enum Kind {
        TEXT, MESSAGE, DIALOG, REMINDER
    }

    public Task {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /** A coach's text, sent as written. */
    public static Task text(String text) {
        return new Task(Kind.TEXT, text, null, null, null, null);
    }

    /** A text from {@code locales/}, in the client's language (e.g. a plan follow-up). */
    public static Task message(String messageKey, Map<String, String> args) {
        return new Task(Kind.MESSAGE, null, messageKey, args, null, null);
    }

    /** Starts a dialog; no reminder. */
    public static Task dialog(String dialog) {
        return new Task(Kind.DIALOG, null, null, null, dialog, null);
    }

    /** Starts a dialog, and nudges the client if they have not finished it and been quiet for {@code remindAfter}. */
    public static Task dialog(String dialog, Duration remindAfter) {
        return new Task(Kind.DIALOG, null, null, null, dialog, remindAfter.toSeconds());
    }

    /** Nudges the client about {@code dialog} if unfinished and they have been quiet for {@code quietFor}. */
    public static Task reminder(String dialog, Duration quietFor) {
        return new Task(Kind.REMINDER, null, null, null, dialog, quietFor.toSeconds());
    }

    /** The wait of a dialog's reminder or a reminder's quiet time, or {@code null}. */
    public Duration after() {
        return afterSeconds == null ? null : Duration.ofSeconds(afterSeconds);
    }
}
