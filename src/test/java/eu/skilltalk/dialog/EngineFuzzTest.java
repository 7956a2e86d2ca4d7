package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Random client input through the real engine on the shipped dialogs: random text, emoji, control
 * characters, very long texts, media, and commands and answers in any order and language. Whatever comes, the
 * engine answers without an exception and the session stays valid: the waiting step exists, and the next
 * message still gets an answer. A short budget, so it runs with every build.
 */
class EngineFuzzTest {

    private static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
    private static final DialogEngine ENGINE = new DialogEngine(CONTENT.dialogs(), CONTENT.catalog(),
            Interpreter.NONE);
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Property(tries = 300)
    void anyInputKeepsTheSessionValid(@ForAll @Size(min = 1, max = 60) List<@From("messages") String> messages,
            @ForAll("hints") String hint) {
        State state = State.fresh(null);
        Instant now = START;
        for (String text : messages) {
            now = now.plus(Duration.ofMinutes(1));
            state = ENGINE.advance(state, new Input(text, hint, now)).state();
            assertValid(state);
        }
        if (state.status() != Status.STOPPED) {
            assertThat(ENGINE.advance(state, new Input("help", hint, now.plusSeconds(60))).replies())
                    .as("the next message still gets an answer").isNotEmpty();
        }
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

    @Provide
    Arbitrary<String> hints() {
        return Arbitraries.of("en", "nl", "fr", "de", "xx", "nl-BE", "").injectNull(0.3);
    }

    /** What clients send: mostly plausible answers and commands, mixed with noise of every kind. */
    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> plausible = Arbitraries.of("hi", "1", "2", "3", "4", "5", "11", "0", "-1", "99999999999",
                "yes", "no", "ja", "nee", "oui", "nein", "help", "repeat", "back", "pause", "language", "coach", "stop",
                "start", "hulp", "terug", "stopp", "Sprache", "skip", "😀", "🙂", "😞", "👍", "English", "Nederlands",
                "I helped my neighbour move house last week and planned the whole day");
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10);
        Arbitrary<String> emoji = Arbitraries.strings().withChars("😀🙂😞👍🏽‍♀️\u200d\ufe0f").ofMaxLength(20);
        Arbitrary<String> huge = Arbitraries.integers().between(2_000, 10_000).map("x"::repeat);
        return Arbitraries.frequencyOf(Tuple.of(8, plausible), Tuple.of(3, noise), Tuple.of(1, control),
                Tuple.of(1, emoji), Tuple.of(1, huge)).injectNull(0.05);
    }
}
