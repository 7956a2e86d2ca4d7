package eu.skilltalk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every simulated client writes: the inputs of the golden transcript that walks the whole self-assessment,
 * with how many replies, recorded answers and dialog starts and ends each input produced there (the storage
 * floor writes as many).
 */
record Script(List<Step> steps) {

    static final Path TRANSCRIPT = Path.of("src/test/resources/transcripts/onboarding-en.txt");

    /**
     * One client message and what the engine answered to it in the transcript.
     *
     * @param progress dialogs started or finished: each is a write of the client's module progress
     */
    record Step(String text, int replies, int answers, int progress) {
    }

    static Script load() {
        try {
            return parse(Files.readAllLines(TRANSCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the repository root: " + TRANSCRIPT + " is missing", e);
        }
    }

    static Script parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        String text = null;
        int replies = 0;
        int answers = 0;
        int progress = 0;
        for (String line : lines) {
            if (line.startsWith(">")) {
                if (text != null) {
                    steps.add(new Step(text, replies, answers, progress));
                }
                text = line.substring(1).strip();
                replies = 0;
                answers = 0;
                progress = 0;
            } else if (line.startsWith("<")) {
                replies++;
            } else if (line.startsWith("= AnswerRecorded")) {
                answers++;
            } else if (line.startsWith("= DialogStarted") || line.startsWith("= DialogCompleted")) {
                progress++;
            }
        }
        if (text != null) {
            steps.add(new Step(text, replies, answers, progress));
        }
        return new Script(List.copyOf(steps));
    }

    Step step(int index) {
        return steps.get(index % steps.size());
    }
}
