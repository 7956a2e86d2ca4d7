package eu.skilltalk.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code dialogs/} folder: every {@code *.yaml} is a dialog except the framework files
 * ({@code competences.yaml}, {@code profiles.yaml}, {@code badges.yaml}), which it reads into the
 * {@link Framework}, {@link Profiles} and {@link BadgeClasses}. Checks parse, version, schema, graph and competence and profile
 * references; locale keys are checked with the locales (see {@code ContentLoader}).
 */
public final class DialogLoader {

    /** The dialog file format this version reads. */
    public static final int FORMAT = 1;
    public static final String COMPETENCES_FILE = "competences.yaml";
    public static final String PROFILES_FILE = "profiles.yaml";
    public static final String BADGES_FILE = "badges.yaml";
    private static final Set<String> NOT_DIALOGS = Set.of(COMPETENCES_FILE, PROFILES_FILE, BADGES_FILE);

    /** What the folder holds: dialogs, the locale keys they use, and what is wrong. */
    public record Result(Dialogs dialogs, List<TextRef> textRefs, List<Problem> problems) {
    }

    public Result load(Path folder) {
        List<Problem> problems = new ArrayList<>();
        List<TextRef> refs = new ArrayList<>();
        Path frameworkFile = folder.resolve(COMPETENCES_FILE);
        Path profilesFile = folder.resolve(PROFILES_FILE);
        Framework framework = new FrameworkReader(refs, problems).read(frameworkFile);
        Profiles profiles = new ProfileReader(framework, refs, problems).read(profilesFile);
        BadgeClasses badges = new BadgeReader(framework, refs, problems).read(folder.resolve(BADGES_FILE));
        List<Dialog> dialogs = new ArrayList<>();
        for (Path file : YamlFile.list(folder, YamlFile::isYaml)) {
            if (!NOT_DIALOGS.contains(file.getFileName().toString())) {
                readDialog(file, refs, problems).ifPresent(dialogs::add);
            }
        }
        new DialogGraph(dialogs, problems).check();
        new FrameworkChecks(framework, profiles, profilesFile.toString(), problems)
                .check(dialogs, frameworkFile.toString());
        Map<String, Dialog> byId = new LinkedHashMap<>();
        dialogs.forEach(d -> byId.putIfAbsent(d.id(), d));
        return new Result(new Dialogs(byId, framework, profiles, badges, Dialogs.DEFAULT_ENTRY), refs, problems);
    }

    /**
     * Reads an optional framework file (competences, profiles, badges) with {@code read}, given the file's
     * fields and its name; {@code none} when there is no such file or it cannot be read (reported).
     *
     * @param what names the file in problems, e.g. "profiles file"
     */
    static <T> T readOptional(Path file, String what, List<Problem> problems, BiFunction<Fields, String, T> read,
            T none) {
        if (!Files.exists(file)) {
            return none;
        }
        return versioned(file, problems).map(mapping -> read.apply(new Fields(mapping, file.toString(), what, problems),
                file.toString())).orElse(none);
    }

    /** The file's root mapping when it parses and carries the supported {@code format}; else empty, reported. */
    static Optional<MappingNode> versioned(Path file, List<Problem> problems) {
        Node root = YamlFile.parse(file, problems).orElse(null);
        if (root == null) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new Problem(Check.SCHEMA, file.toString(), YamlFile.line(root), "the file must be a mapping"));
            return Optional.empty();
        }
        Node format = YamlFile.get(mapping, "format");
        if (format == null) {
            problems.add(new Problem(Check.VERSION, file.toString(), 1,
                    "missing 'format: " + FORMAT + "' (the dialog format version)"));
            return Optional.empty();
        }
        if (!String.valueOf(FORMAT).equals(YamlFile.text(format))) {
            problems.add(new Problem(Check.VERSION, file.toString(), YamlFile.line(format), "format '"
                    + YamlFile.text(format) + "' is not supported; this SkillTalk reads format " + FORMAT));
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    private Optional<Dialog> readDialog(Path file, List<TextRef> refs, List<Problem> problems) {
        return versioned(file, problems).map(mapping -> {
            Fields fields = new Fields(mapping, file.toString(), "dialog", problems);
            fields.allowOnly(Set.of("format", "id", "progress", "steps"));
            String id = fields.required("id");
            boolean progress = Boolean.TRUE.equals(fields.bool("progress"));
            StepReader reader = new StepReader();
            List<Step> steps = new ArrayList<>();
            for (Fields stepFields : fields.list("steps", "step", true)) {
                String stepId = stepFields.text("id");
                Fields named = stepFields.as("step '" + (stepId == null ? "?" : stepId) + "'");
                Step step = reader.read(named);
                if (step != null) {
                    steps.add(step);
                    textKeys(step).forEach(key -> refs.add(new TextRef(key, file.toString(), step.line())));
                }
            }
            return id == null || steps.isEmpty() ? null : new Dialog(id, file.toString(), progress, steps);
        });
    }

    /** Every locale key a step shows. */
    public static List<String> textKeys(Step step) {
        List<String> keys = new ArrayList<>();
        if (step instanceof Question question) {
            keys.add(question.text());
        }
        if (step instanceof SayStep say) {
            keys.add(say.text());
        } else if (step instanceof PauseStep pause) {
            keys.add(pause.text());
        } else if (step instanceof EndStep end && end.text() != null) {
            keys.add(end.text());
        } else if (step instanceof ChoiceStep choice) {
            choice.options().forEach(o -> keys.add(o.text()));
        } else if (step instanceof ScaleStep scale) {
            keys.add(scale.low());
            keys.add(scale.high());
        }
        // keys with session variables are only known at run time; content tests check their families
        keys.removeIf(key -> key == null || KeyVariables.templated(key));
        return keys;
    }
}
