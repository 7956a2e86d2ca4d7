package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.skilltalk.SkillTalkApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The service refuses to start on broken content, naming every file and line. */
class InvalidContentStartupTest {

    @TempDir
    Path dialogs;

    @Test
    void startupFailsWithFileAndLine() throws IOException {
        Files.writeString(dialogs.resolve("onboarding.yaml"), """
                format: 1
                id: onboarding
                steps:
                  - id: hello
                    type: say
                    text: onboarding.welcome
                    next: nowhere
                """);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SkillTalkApplication.class)
                .run("--server.port=0", "--skilltalk.content.dialogs=" + dialogs));

        assertThat(failure).rootCause().isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(dialogs.resolve("onboarding.yaml") + ":4: step 'hello' goes to unknown step 'nowhere'");
    }
}
