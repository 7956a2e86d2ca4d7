package eu.skilltalk.dialog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML as a node tree that keeps line numbers, so every problem can point at its line.
 * Duplicate keys are rejected, as they are almost always a copy-paste slip.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /** The file's root node, or empty after adding a {@link Check#PARSE} problem. */
    public static Optional<Node> parse(Path file, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                problems.add(new Problem(Check.PARSE, file.toString(), 1, "file is empty"));
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(Check.PARSE, file.toString(), line, "not valid YAML: " + e.getProblem()));
        } catch (YAMLException | IOException e) {
            problems.add(new Problem(Check.PARSE, file.toString(), 1, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The entries of a folder that pass {@code filter}, sorted by name; empty when the folder does not exist. */
    public static List<Path> list(Path folder, Predicate<Path> filter) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a path names a YAML file. */
    public static boolean isYaml(Path path) {
        return path.getFileName().toString().endsWith(".yaml");
    }

    /** 1-based line of a node. */
    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The value node under {@code key} in a mapping, or {@code null}. */
    public static Node get(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** The plain text of a scalar node, or {@code null} for any other node. */
    public static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** Items of a sequence node, or an empty list. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }
}
