package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden conversations: every file under {@code src/test/resources/transcripts/} is played through the
 * real engine and must come out exactly as written. Run with {@code -Dtranscripts.rewrite=true} to write
 * the current output over the files, then review the diff.
 */
class TranscriptTest {

    static final Path FOLDER = Path.of("src/test/resources/transcripts");
    private static final boolean REWRITE = Boolean.getBoolean("transcripts.rewrite");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        return files().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String expected = String.join("\n", lines) + "\n";
            String actual = new TranscriptRunner().play(lines);
            if (REWRITE && !actual.equals(expected)) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }));
    }

    static Stream<Path> files() throws IOException {
        return Files.list(FOLDER).filter(f -> f.toString().endsWith(".txt")).sorted();
    }
}
