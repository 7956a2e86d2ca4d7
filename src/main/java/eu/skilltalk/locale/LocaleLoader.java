package eu.skilltalk.locale;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import eu.skilltalk.dialog.Check;
import eu.skilltalk.dialog.Problem;
import eu.skilltalk.dialog.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code locales/<language>/*.yaml}. Nested mappings flatten to dotted keys
 * ({@code engine: {help: ...}} is {@code engine.help}), so the file a key lives in is free.
 * Checks: YAML syntax, text values, keys defined twice, keys missing in a language, ICU syntax.
 */
public final class LocaleLoader {

    /** The language every other language is compared with and falls back to. */
    public static final String FALLBACK = "en";

    /** The catalog and what is wrong with it. */
    public record Result(LocaleCatalog catalog, List<Problem> problems) {
    }

    public Result load(Path folder) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, LocaleCatalog.Entry>> entries = new TreeMap<>();
        for (Path languageFolder : YamlFile.list(folder, Files::isDirectory)) {
            Map<String, LocaleCatalog.Entry> texts = new LinkedHashMap<>();
            for (Path file : YamlFile.list(languageFolder, YamlFile::isYaml)) {
                YamlFile.parse(file, problems).ifPresent(root -> flatten(root, "", file.toString(), texts, problems));
            }
            entries.put(languageFolder.getFileName().toString(), texts);
        }
        List<String> languages = new ArrayList<>(entries.keySet());
        if (languages.remove(FALLBACK)) {
            languages.add(0, FALLBACK);
        } else {
            problems.add(new Problem(Check.LOCALE_KEYS, folder.toString(), 1, "no '" + FALLBACK + "' folder"));
            return new Result(new LocaleCatalog(languages.isEmpty() ? List.of(FALLBACK) : languages, entries),
                    problems);
        }
        checkMissing(languages, entries, problems);
        checkIcu(entries, problems);
        return new Result(new LocaleCatalog(languages, entries), problems);
    }

    private static void flatten(Node node, String prefix, String file, Map<String, LocaleCatalog.Entry> texts,
            List<Problem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new Problem(Check.SCHEMA, file, YamlFile.line(node), "a locale file must be a mapping"));
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = prefix + YamlFile.text(tuple.getKeyNode());
            Node value = tuple.getValueNode();
            int line = YamlFile.line(tuple.getKeyNode());
            if (value instanceof MappingNode) {
                flatten(value, key + ".", file, texts, problems);
            } else if (value instanceof ScalarNode scalar) {
                LocaleCatalog.Entry earlier = texts.putIfAbsent(key, new LocaleCatalog.Entry(scalar.getValue(), file, line));
                if (earlier != null) {
                    problems.add(new Problem(Check.SCHEMA, file, line, "key '" + key + "' is already defined at "
                            + earlier.file() + ":" + earlier.line()));
                }
            } else {
                problems.add(new Problem(Check.SCHEMA, file, line, "key '" + key + "' must be a text"));
            }
        }
    }

    private static void checkMissing(List<String> languages, Map<String, Map<String, LocaleCatalog.Entry>> entries,
            List<Problem> problems) {
        Map<String, LocaleCatalog.Entry> firstSeen = new TreeMap<>();
        for (String language : languages) {
            entries.get(language).forEach(firstSeen::putIfAbsent);
        }
        firstSeen.forEach((key, where) -> {
            for (String language : new TreeSet<>(languages)) {
                if (!entries.get(language).containsKey(key)) {
                    problems.add(new Problem(Check.LOCALE_KEYS, where.file(), where.line(),
                            "key '" + key + "' is missing in " + language));
                }
            }
        });
    }

    private static void checkIcu(Map<String, Map<String, LocaleCatalog.Entry>> entries, List<Problem> problems) {
        entries.forEach((language, texts) -> texts.forEach((key, entry) -> {
            try {
                new MessageFormat(entry.pattern(), ULocale.forLanguageTag(language));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(Check.ICU, entry.file(), entry.line(),
                        "key '" + key + "' is not a valid ICU message: " + e.getMessage()));
            }
        }));
    }
}
