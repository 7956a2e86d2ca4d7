package eu.skilltalk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Typed, line-aware reads of one YAML mapping, adding a {@link Check#SCHEMA} problem for each bad field. */
final class Fields {

    private final MappingNode mapping;
    private final String file;
    private final String what;
    private final List<Problem> problems;

    Fields(MappingNode mapping, String file, String what, List<Problem> problems) {
        this.mapping = mapping;
        this.file = file;
        this.what = what;
        this.problems = problems;
    }

    /** The same mapping, named differently in messages. */
    Fields as(String otherWhat) {
        return new Fields(mapping, file, otherWhat, problems);
    }

    int line() {
        return YamlFile.line(mapping);
    }

    int line(String key) {
        Node node = YamlFile.get(mapping, key);
        return node == null ? line() : YamlFile.line(node);
    }

    /** Reports every field not in {@code allowed}. */
    void allowOnly(Set<String> allowed) {
        for (NodeTuple tuple : mapping.getValue()) {
            String key = YamlFile.text(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                problem(YamlFile.line(tuple.getKeyNode()), "unknown field '" + key + "' in " + what);
            }
        }
    }

    String text(String key) {
        Node node = YamlFile.get(mapping, key);
        if (node == null) {
            return null;
        }
        String value = YamlFile.text(node);
        if (value == null || value.isBlank()) {
            problem(YamlFile.line(node), "field '" + key + "' in " + what + " must be a word or text");
            return null;
        }
        return value;
    }

    String required(String key) {
        if (YamlFile.get(mapping, key) == null) {
            problem(line(), "missing field '" + key + "' in " + what);
            return null;
        }
        return text(key);
    }

    int number(String key, int fallback) {
        String value = text(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(line(key), "field '" + key + "' in " + what + " must be a whole number, not '" + value + "'");
            return fallback;
        }
    }

    Double decimal(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problem(line(key), "field '" + key + "' in " + what + " must be a number, not '" + value + "'");
            return null;
        }
    }

    Boolean bool(String key) {
        String value = text(key);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(line(key), "field '" + key + "' in " + what + " must be true or false, not '" + value + "'");
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** Scalar items of a list field. */
    List<String> words(String key) {
        Node node = YamlFile.get(mapping, key);
        if (node == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : YamlFile.items(node)) {
            if (item instanceof ScalarNode scalar) {
                values.add(scalar.getValue());
            }
        }
        if (values.isEmpty()) {
            problem(YamlFile.line(node), "field '" + key + "' in " + what + " must be a list of words");
        }
        return values;
    }

    /** Like {@link #words}, but reports a missing field. */
    List<String> requiredWords(String key) {
        if (YamlFile.get(mapping, key) == null) {
            problem(line(), "missing field '" + key + "' in " + what);
            return List.of();
        }
        return words(key);
    }

    /** The keys of this mapping, in file order. */
    List<String> keys() {
        return mapping.getValue().stream().map(tuple -> YamlFile.text(tuple.getKeyNode())).toList();
    }

    /** Mapping items of a list field, each with its own {@link Fields}. */
    List<Fields> list(String key, String itemWhat, boolean required) {
        Node node = YamlFile.get(mapping, key);
        List<Fields> items = new ArrayList<>();
        if (node == null) {
            if (required) {
                problem(line(), "missing field '" + key + "' in " + what);
            }
            return items;
        }
        List<Node> nodes = YamlFile.items(node);
        if (nodes.isEmpty()) {
            problem(YamlFile.line(node), "field '" + key + "' in " + what + " must be a list with at least one item");
        }
        for (Node item : nodes) {
            if (item instanceof MappingNode itemMapping) {
                items.add(new Fields(itemMapping, file, itemWhat + " of " + what, problems));
            } else {
                problem(YamlFile.line(item), "each item of '" + key + "' in " + what + " must be a mapping");
            }
        }
        return items;
    }

    /** A nested mapping field. */
    Fields mapping(String key, String nestedWhat) {
        Node node = YamlFile.get(mapping, key);
        if (node instanceof MappingNode nested) {
            return new Fields(nested, file, nestedWhat, problems);
        }
        problem(node == null ? line() : YamlFile.line(node), node == null
                ? "missing field '" + key + "' in " + what
                : "field '" + key + "' in " + what + " must be a mapping");
        return null;
    }

    void problem(int line, String reason) {
        problem(Check.SCHEMA, line, reason);
    }

    void problem(Check check, int line, String reason) {
        problems.add(new Problem(check, file, line, reason));
    }
}
