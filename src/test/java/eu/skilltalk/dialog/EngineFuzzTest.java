package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import eu.skilltalk.fuzz.Fuzz;
import eu.skilltalk.fuzz.Gen;
import eu.skilltalk.fuzz.NastyText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random client input through the real engine on the shipped dialogs: random text, emoji, control
 * characters, very long texts, numbers out of range, media, and commands and answers in any order and
 * language. Whatever comes, the engine answers without an exception and the session stays valid: the
 * waiting step exists, and the next message still gets an answer. A short budget, so it runs with every
 * build; a failure names the seed that replays it ({@link Fuzz}).
 */
class EngineFuzzTest {

    private static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
    private static final DialogEngine ENGINE = new DialogEngine(CONTENT.dialogs(), CONTENT.catalog(),
            Interpreter.NONE);
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /** What one client sends, one message a minute, from a device that says {@code hint} for its language. */
    record Conversation(List<String> messages, String hint) {
    }

    @Test
    void anyInputKeepsTheSessionValid() {
        Gen<List<String>> messages = messages().list(1, 60);
        Gen<String> hints = hints();
        Fuzz.forAll(300, random -> new Conversation(messages.next(random), hints.next(random)), conversation -> {
            State state = State.fresh(null);
            Instant now = START;
            for (String text : conversation.messages()) {
                now = now.plus(Duration.ofMinutes(1));
                state = ENGINE.advance(state, new Input(text, conversation.hint(), now)).state();
                assertValid(state);
            }
            if (state.status() != Status.STOPPED) {
                assertThat(ENGINE.advance(state, new Input("help", conversation.hint(), now.plusSeconds(60)))
                        .replies()).as("the next message still gets an answer").isNotEmpty();
            }
        });
    }

    private static void assertValid(State state) {
        Frame frame = state.current();
        if (state.status() == Status.ACTIVE) {
            assertThat(frame).as("an active session waits at a step").isNotNull();
        }
        if (frame != null) {
            assertThat(CONTENT.dialogs().has(frame.dialog())).as(frame.dialog()).isTrue();
            assertThat(CONTENT.dialogs().get(frame.dialog()).step(frame.step())).as(frame.toString()).isNotNull();
        }
    }

    private static Gen<String> hints() {
        return Gen.of("en", "nl", "fr", "de", "xx", "nl-BE", "").orNull(0.3);
    }

    /** What clients send: mostly plausible answers and commands, mixed with noise of every kind. */
    private static Gen<String> messages() {
        Gen<String> plausible = Gen.of("hi", "1", "2", "3", "4", "5", "11", "0", "-1", "99999999999",
                "yes", "no", "ja", "nee", "oui", "nein", "help", "repeat", "back", "pause", "language", "coach", "stop",
                "start", "hulp", "terug", "stopp", "Sprache", "skip", "😀", "🙂", "😞", "👍", "English", "Nederlands",
                "I helped my neighbour move house last week and planned the whole day");
        return Gen.<String>frequency(Gen.weight(8, plausible), Gen.weight(3, NastyText.any(200)),
                Gen.weight(1, NastyText.control(10)), Gen.weight(1, NastyText.emoji(20)),
                Gen.weight(1, NastyText.numbers()), Gen.weight(1, NastyText.huge())).orNull(0.05);
    }
}
