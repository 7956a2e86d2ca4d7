package eu.skilltalk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar skilltalk.jar validate dialogs locales}, as a content author runs it. */
class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void summarisesValidContentWithItsSmsFit() {
        int exit = ValidateCommand.run(new String[] {"validate", "dialogs", "locales"}, print());

        assertThat(exit).isZero();
        assertThat(output()).contains("warning: dialogs/intake.yaml:", "sms en: ", "sms nl: ")
                .containsPattern("sms fr: \\d+ of \\d+ client texts fit one segment \\(\\d+%\\), the longest needs \\d")
                .containsPattern("\nOK: 15 dialogs, 23 competences, 11 profiles, 4 languages, \\d+ warnings\n$");
    }

    @Test
    void listsEachErrorAsFileLineReason(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("dialogs"));
        Files.writeString(dir.resolve("dialogs/profiles.yaml"), "format: 1\ngeneral: nobody\nprofiles: []\n");

        int exit = ValidateCommand.run(new String[] {"validate", dir.resolve("dialogs").toString(), "locales"},
                print());

        assertThat(exit).isEqualTo(1);
        assertThat(output()).isEqualTo(dir.resolve("dialogs/profiles.yaml")
                + ":3: field 'profiles' in profiles file must be a list with at least one item\n"
                + dir.resolve("dialogs/profiles.yaml") + ":2: general profile 'nobody' is not one of the profiles\n"
                + "2 errors\n");
    }

    private PrintStream print() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
