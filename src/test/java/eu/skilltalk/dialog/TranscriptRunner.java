package eu.skilltalk.dialog;

import eu.skilltalk.content.Content;
import eu.skilltalk.content.ContentLoader;
import eu.skilltalk.understanding.Understanding;
import eu.skilltalk.understanding.UnderstandingProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a transcript file's client lines through the real engine with a fixed clock and writes what came
 * back in the same format, so the result can be compared with (or written over) the file.
 *
 * <pre>
 * # comment
 * &#64;language nl              the channel's language hint on every input
 * &#64;dialogs src/test/...     another dialogs folder (the locales stay the real ones)
 * &#64;var growth1 entrecomp.3.2  a session variable before the first line (as a host sets it)
 * &#64;begin plan               the dialog starts here (as a job or a command starts it); its replies follow
 * &#64;understanding            the engine asks the understanding module (trained on the shipped content) when
 *                            a step's own words fail, as in the running service
 * &gt; hi                      a client line; [media] is a photo or sticker, [long N] is N letters,
 *                            \\uXXXX escapes a character
 * &lt; Hi! Which language?    a reply; following lines indented by two spaces continue it
 *   [1] English              a choice
 *   (image: /x.png)          an image
 * = ConsentGiven[...]        an event
 * </pre>
 */
final class TranscriptRunner {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final Pattern LONG = Pattern.compile("\\[long (\\d+)]");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    /** The dialogs folder a transcript plays: its {@code @dialogs} line, else {@code dialogs}. */
    static Path dialogsFolder(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("@dialogs ")).map(l -> Path.of(l.substring(9).strip()))
                .findFirst().orElse(Path.of("dialogs"));
    }

    static Content content(List<String> lines) {
        Content content = new ContentLoader().load(dialogsFolder(lines), Path.of("locales"));
        if (!content.valid()) {
            throw new IllegalStateException("Invalid content: " + content.problems());
        }
        return content;
    }

    String play(List<String> lines) {
        String hint = lines.stream().filter(l -> l.startsWith("@language ")).map(l -> l.substring(10).strip())
                .findFirst().orElse(null);
        StringBuilder out = new StringBuilder();
        Content content = content(lines);
        Interpreter interpreter = lines.contains("@understanding") ? Understood.INTERPRETER : Interpreter.NONE;
        DialogEngine engine = new DialogEngine(content.dialogs(), content.catalog(), interpreter);
        Map<String, String> variables = new LinkedHashMap<>();
        lines.stream().filter(l -> l.startsWith("@var ")).map(l -> l.substring(5).strip().split(" ", 2))
                .forEach(v -> variables.put(v[0], v.length > 1 ? v[1] : ""));
        State state = State.fresh(hint).withVariables(variables);
        Instant now = START;
        for (String line : lines) {
            if (line.startsWith("@begin ")) {
                out.append(line).append('\n');
                Turn turn = engine.begin(state, line.substring(7).strip(), now);
                state = turn.state();
                write(turn, out);
            } else if (line.startsWith("#") || line.startsWith("@") || line.isBlank()) {
                out.append(line).append('\n');
            } else if (line.startsWith(">")) {
                out.append(line).append('\n');
                now = now.plus(Duration.ofMinutes(1));
                Turn turn = engine.advance(state, input(line.substring(1).stripLeading(), hint, now));
                state = turn.state();
                write(turn, out);
            }
        }
        return out.toString();
    }

    /** Trained once per test JVM, on the shipped dialogs and locales, whatever dialogs a transcript plays. */
    private static final class Understood {
        static final Interpreter INTERPRETER = train();

        private static Interpreter train() {
            Content shipped = new ContentLoader().load(Path.of("dialogs"), Path.of("locales"));
            return Understanding.train(shipped.catalog(), shipped.dialogs().framework(),
                    UnderstandingProperties.defaults());
        }
    }

    private static Input input(String written, String hint, Instant at) {
        if (written.equals("[media]")) {
            return new Input(null, hint, at);
        }
        Matcher longText = LONG.matcher(written);
        String text = longText.matches() ? "a".repeat(Integer.parseInt(longText.group(1))) : written;
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder unescaped = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(unescaped,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(unescaped);
        return new Input(unescaped.toString(), hint, at);
    }

    private static void write(Turn turn, StringBuilder out) {
        for (Reply reply : turn.replies()) {
            String[] textLines = reply.text().split("\n", -1);
            out.append("< ").append(textLines[0]).append('\n');
            for (int i = 1; i < textLines.length; i++) {
                out.append("  ").append(textLines[i]).append('\n');
            }
            for (Choice choice : reply.choices()) {
                out.append("  [").append(choice.key()).append("] ").append(choice.label()).append('\n');
            }
            if (reply.imageUrl() != null) {
                out.append("  (image: ").append(reply.imageUrl()).append(")\n");
            }
        }
        for (Event event : turn.events()) {
            out.append("= ").append(event).append('\n');
        }
    }
}
