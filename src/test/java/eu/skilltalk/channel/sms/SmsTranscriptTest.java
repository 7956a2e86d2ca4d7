package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.channel.sms.SmsSegments.Encoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden SMS conversations: each file under {@code src/test/resources/sms-transcripts/} is played by a phone
 * texting the running application, and what Twilio was asked to send must come out exactly as written, one
 * {@code <} line per SMS, with the cost at the end. {@code -Dtranscripts.rewrite=true} writes the current
 * output over the files (review the diff).
 *
 * <pre>
 * &gt; 2.           what the client texts
 * &lt; 1/12 - ...    one SMS; following lines indented by two spaces continue it
 * = 31 SMS, 31 segments (GSM-7: 29, UCS-2: 2)
 * </pre>
 */
class SmsTranscriptTest extends TwilioTestSupport {

    private static final Path FOLDER = Path.of("src/test/resources/sms-transcripts");
    private static final boolean REWRITE = Boolean.getBoolean("transcripts.rewrite");

    @TestFactory
    Stream<DynamicTest> smsTranscripts() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            String actual = play(expected.lines().toList(), "+3247012%04d".formatted(files.indexOf(file)));
            if (REWRITE && !actual.equals(expected)) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }));
    }

    private String play(List<String> lines, String number) {
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                out.append(line).append('\n');
            } else if (line.startsWith(">")) {
                out.append(line).append('\n');
                sms(number, line.substring(1).strip());
                awaitIdle();
                List<FakeTwilio.Call> calls = TWILIO.to(number);
                calls.subList(seen, calls.size())
                        .forEach(call -> out.append("< ").append(call.body().replace("\n", "\n  ")).append('\n'));
                seen = calls.size();
            }
        }
        List<SmsSegments> costs = TWILIO.to(number).stream().map(c -> SmsSegments.of(c.body())).toList();
        out.append("= %d SMS, %d segments (GSM-7: %d, UCS-2: %d)\n".formatted(costs.size(),
                costs.stream().mapToInt(SmsSegments::segments).sum(),
                costs.stream().filter(c -> c.encoding() == Encoding.GSM7).count(),
                costs.stream().filter(c -> c.encoding() == Encoding.UCS2).count()));
        return out.toString();
    }
}
