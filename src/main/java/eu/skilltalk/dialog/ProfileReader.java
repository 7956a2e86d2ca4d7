package eu.skilltalk.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code profiles.yaml} into {@link Profiles}: schema, duplicate ids, a level from
 * {@value Profiles#MIN_LEVEL} to {@value Profiles#MAX_LEVEL} for every competence of the framework and no
 * other, a general profile that exists, and the locale keys each profile needs.
 */
final class ProfileReader {

    /** What {@link Fields#number} returns for a level it already reported as not a number. */
    private static final int UNREADABLE = Integer.MIN_VALUE;

    private final Framework framework;
    private final List<TextRef> refs;
    private final List<Problem> problems;

    ProfileReader(Framework framework, List<TextRef> refs, List<Problem> problems) {
        this.framework = framework;
        this.refs = refs;
        this.problems = problems;
    }

    /** The profiles in {@code file}; none when there is no such file or it cannot be read. */
    Profiles read(Path file) {
        return DialogLoader.readOptional(file, "profiles file", problems, this::read, Profiles.NONE);
    }

    private Profiles read(Fields fields, String file) {
        fields.allowOnly(Set.of("format", "general", "profiles"));
        String general = fields.required("general");
        List<Profile> profiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields item : fields.list("profiles", "profile", true)) {
            String id = item.required("id");
            if (id == null) {
                continue;
            }
            item.as("profile '" + id + "'").allowOnly(Set.of("id", "desired"));
            if (!ids.add(id)) {
                item.problem(Check.GRAPH, item.line(), "duplicate profile id '" + id + "'");
                continue;
            }
            Fields desired = item.mapping("desired", "desired levels of profile '" + id + "'");
            profiles.add(new Profile(id, desired == null ? Map.of() : levels(id, desired), item.line()));
            refs.add(new TextRef("profile." + id + ".name", file, item.line()));
            refs.add(new TextRef("profile." + id + ".rationale", file, item.line()));
        }
        if (general != null && !ids.contains(general)) {
            fields.problem(Check.COMPETENCES, fields.line("general"), "general profile '" + general
                    + "' is not one of the profiles");
        }
        return new Profiles(profiles, general);
    }

    private Map<String, Integer> levels(String profile, Fields desired) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        Set<String> known = framework.ids();
        for (String competence : desired.keys()) {
            int level = desired.number(competence, UNREADABLE);
            if (level == UNREADABLE) {
                continue;
            }
            if (level < Profiles.MIN_LEVEL || level > Profiles.MAX_LEVEL) {
                desired.problem(desired.line(competence), "desired level of '" + competence + "' in profile '"
                        + profile + "' must be " + Profiles.MIN_LEVEL + " to " + Profiles.MAX_LEVEL + ", not " + level);
            } else if (!known.contains(competence)) {
                desired.problem(Check.COMPETENCES, desired.line(competence), "profile '" + profile
                        + "' sets a level for unknown competence '" + competence + "'");
            } else {
                levels.put(competence, level);
            }
        }
        List<String> missing = known.stream().filter(c -> !desired.keys().contains(c)).toList();
        if (!missing.isEmpty()) {
            desired.problem(Check.COMPETENCES, desired.line(), "profile '" + profile + "' has no desired level for "
                    + String.join(", ", missing));
        }
        return levels;
    }
}
