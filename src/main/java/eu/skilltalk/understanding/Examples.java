package eu.skilltalk.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads training examples in OpenNLP's document-categorizer format: one example a line, the label, a space,
 * then the sentence; blank lines and lines starting with {@code #} are skipped.
 *
 * <pre>
 * # understanding/en/intents.txt
 * stop I don't want these messages any more
 * </pre>
 */
final class Examples {

    private Examples() {
    }

    /** The examples in the classpath resource {@code understanding/<language>/<file>}; empty when there is none. */
    static List<Categorizer.Example> read(String language, String file) {
        String resource = "understanding/" + language + "/" + file;
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Categorizer.Example> parse(List<String> lines, String source) {
        List<Categorizer.Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": a label and a sentence expected");
            }
            examples.add(new Categorizer.Example(line.substring(0, space), line.substring(space + 1).strip()));
        }
        return examples;
    }
}
