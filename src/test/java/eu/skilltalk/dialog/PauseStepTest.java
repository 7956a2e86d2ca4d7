package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code type: pause}: the dialog offers a break; the next message comes back to the step after it. */
class PauseStepTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dir;
    private DialogEngine engine;

    @BeforeEach
    void content() throws IOException {
        Files.createDirectories(dir.resolve("dialogs"));
        Files.createDirectories(dir.resolve("locales/en"));
        Files.writeString(dir.resolve("dialogs/onboarding.yaml"), """
                format: 1
                id: onboarding
                steps:
                  - {id: go_on, type: yesno, text: t.go_on, save: go_on}
                  - id: route
                    type: branch
                    cases:
                      - when: {var: go_on, equals: "no"}
                        goto: later
                    else: next_part
                  - {id: later, type: pause, text: t.later}
                  - {id: next_part, type: say, text: t.next_part}
                  - {id: name, type: text, text: t.name}
                """);
        Files.writeString(dir.resolve("locales/en/texts.yaml"), """
                language: {name: English}
                engine:
                  yes: "Yes"
                  no: "No"
                  welcome_back: "Welcome back!"
                  words: {yes: "yes", no: "no"}
                t:
                  go_on: "Go on now?"
                  later: "OK, take a break."
                  next_part: "Part 2."
                  name: "Your name?"
                """);
        Content content = new ContentLoader().load(dir.resolve("dialogs"), dir.resolve("locales"));
        assertThat(content.problems()).isEmpty();
        engine = new DialogEngine(content.dialogs(), content.catalog());
    }

    @Test
    void saysItsTextAndPausesTheSession() {
        Turn turn = engine.advance(started(), Input.text("no", AT));

        assertThat(turn.replies()).extracting(Reply::text).containsExactly("OK, take a break.");
        assertThat(turn.events()).hasSize(2).last().isEqualTo(new Event.Paused());
        assertThat(turn.state().status()).isEqualTo(Status.PAUSED);
    }

    @Test
    void theNextMessageWelcomesTheClientBackAtTheFollowingStep() {
        State paused = engine.advance(started(), Input.text("no", AT)).state();

        Turn turn = engine.advance(paused, Input.text("hi", AT.plusSeconds(3600)));

        assertThat(turn.replies()).extracting(Reply::text).containsExactly("Welcome back!", "Part 2.", "Your name?");
        assertThat(turn.events()).containsExactly(new Event.Resumed());
        assertThat(turn.state().status()).isEqualTo(Status.ACTIVE);
        assertThat(turn.state().current()).isEqualTo(new Frame("onboarding", "name"));
    }

    @Test
    void isSkippedWhenTheDialogGoesElsewhere() {
        Turn turn = engine.advance(started(), Input.text("yes", AT));

        assertThat(turn.replies()).extracting(Reply::text).containsExactly("Part 2.", "Your name?");
        assertThat(turn.state().status()).isEqualTo(Status.ACTIVE);
    }

    private State started() {
        return engine.advance(State.fresh("en"), Input.text("hi", AT)).state();
    }
}
