package eu.skilltalk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.dialog.Question;
import eu.skilltalk.dialog.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden summaries: each file under {@code src/test/resources/summaries/} lists a client's answers, goal and
 * coach observations, and after them the summary and the messages the client gets, computed with the shipped
 * dialogs, profiles and locales. Run with {@code -Dtranscripts.rewrite=true} to write the current output over
 * the files, then review the diff.
 *
 * <pre>
 * &#64;language en
 * &#64;goal cleaner
 * &#64;answer action/planning_rate 3       dialog/step value (the competence comes from the step)
 * &#64;observed entrecomp.3.3 1            a coach's observed level
 * &#64;job Cleaner at the hospital         the job they apply for: the interview sentences follow
 * = entrecomp.3.2 score 3.0 desired 4 gap 1.0   output: the summary
 * &lt; Here are your results.               output: a message ((image) when it carries the chart)
 * </pre>
 */
class SummaryTranscriptTest {

    private static final Path FOLDER = Path.of("src/test/resources/summaries");
    private static final boolean REWRITE = Boolean.getBoolean("transcripts.rewrite");
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Content CONTENT = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));

    @TestFactory
    Stream<DynamicTest> summaries() throws IOException {
        return Files.list(FOLDER).filter(f -> f.toString().endsWith(".txt")).sorted()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    String expected = String.join("\n", lines) + "\n";
                    String actual = play(lines);
                    if (REWRITE && !actual.equals(expected)) {
                        Files.writeString(file, actual, StandardCharsets.UTF_8);
                    } else {
                        assertThat(actual).isEqualTo(expected);
                    }
                }));
    }

    private static String play(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String language = "en";
        String goal = null;
        String job = null;
        List<Answered> answers = new ArrayList<>();
        Map<String, Integer> observed = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("=") || line.startsWith("<") || line.startsWith("  ")) {
                continue;
            }
            out.append(line).append('\n');
            String[] words = line.split(" ", 3);
            switch (words[0]) {
                case "@language" -> language = words[1];
                case "@goal" -> goal = words[1];
                case "@job" -> job = line.substring("@job ".length());
                case "@observed" -> observed.put(words[1], Integer.parseInt(words[2]));
                case "@answer" -> {
                    String[] at = words[1].split("/");
                    String competence = CONTENT.dialogs().get(at[0]).step(at[1]) instanceof Question q
                            ? q.competence() : null;
                    answers.add(new Answered(at[0], at[1], words[2], competence,
                            START.plus(Duration.ofMinutes(answers.size()))));
                }
                default -> {
                }
            }
        }
        Assessment assessment = new Assessment(CONTENT.dialogs(), AssessmentProperties.defaults());
        Summary summary = assessment.summarize(assessment.inputs(goal, answers, observed, List.of()));
        out.append("= profile ").append(summary.profile()).append('\n');
        summary.competences().forEach(c -> out.append("= ").append(c.id()).append(" score ").append(c.score())
                .append(" desired ").append(c.desired()).append(" gap ").append(c.gap()).append('\n'));
        out.append("= strengths ").append(summary.strengths()).append(" gaps ").append(summary.gaps())
                .append(summary.closeToSelfEmployed() ? " close to self-employed" : "").append('\n');
        int quoteLength = AssessmentProperties.defaults().quoteLength();
        SummaryMessages messages = new SummaryMessages(CONTENT.catalog(), quoteLength);
        Map<String, String> stories = assessment.reader().stories(answers);
        List<Reply> replies = new ArrayList<>(messages.replies(summary, stories, language,
                ResultsChart.drawable(summary) ? "https://example.org/chart.png" : null));
        if (job != null) {
            replies.addAll(new InterviewSentences(CONTENT.catalog(), messages, quoteLength)
                    .replies(summary, stories, job, language));
        }
        for (Reply reply : replies) {
            out.append("< ").append(reply.text().replace("\n", "\n  ")).append('\n');
            if (reply.imageUrl() != null) {
                out.append("  (image: ").append(reply.imageUrl()).append(")\n");
            }
        }
        return out.toString();
    }
}
