package eu.skilltalk.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every step type a dialog may use is played by at least one golden transcript. */
class StepTypeCoverageTest {

    @Test
    void everyStepTypeIsPlayedByATranscript() throws IOException {
        Set<String> played = new HashSet<>();
        for (Path file : TranscriptTest.files().toList()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (Dialog dialog : TranscriptRunner.content(lines).dialogs().byId().values()) {
                dialog.steps().forEach(step -> played.add(type(step)));
            }
        }

        assertThat(played).containsExactlyInAnyOrderElementsOf(StepReader.types());
    }

    /** The YAML type of a step: its class name without "Step", lower case (YesNoStep is yesno). */
    private static String type(Step step) {
        return step.getClass().getSimpleName().replace("Step", "").toLowerCase(Locale.ROOT);
    }
}
