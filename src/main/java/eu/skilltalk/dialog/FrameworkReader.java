package eu.skilltalk.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code competences.yaml} into a {@link Framework}: schema, duplicate ids, areas and focus themes
 * that exist, 2 or 3 examples per competence, and the locale keys each competence needs.
 */
final class FrameworkReader {

    static final int MIN_EXAMPLES = 2;
    static final int MAX_EXAMPLES = 3;

    private final List<TextRef> refs;
    private final List<Problem> problems;

    FrameworkReader(List<TextRef> refs, List<Problem> problems) {
        this.refs = refs;
        this.problems = problems;
    }

    /** The framework in {@code file}; empty when there is no such file or it cannot be read. */
    Framework read(Path file) {
        return DialogLoader.readOptional(file, "competence framework", problems, this::read, Framework.EMPTY);
    }

    private Framework read(Fields fields, String file) {
        fields.allowOnly(Set.of("format", "focus", "areas", "competences"));
        List<String> focus = fields.words("focus");
        focus = focus == null ? List.of() : focus;
        Set<String> areas = new LinkedHashSet<>();
        for (String area : fields.requiredWords("areas")) {
            if (!areas.add(area)) {
                problems.add(new Problem(Check.GRAPH, file, fields.line("areas"), "duplicate area '" + area + "'"));
            }
            refs.add(new TextRef(Framework.areaNameKey(area), file, fields.line("areas")));
        }
        List<Competence> competences = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields item : fields.list("competences", "competence", true)) {
            Competence competence = competence(item, focus, areas);
            if (competence == null) {
                continue;
            }
            if (!ids.add(competence.id())) {
                problems.add(new Problem(Check.GRAPH, file, competence.line(),
                        "duplicate competence id '" + competence.id() + "'"));
                continue;
            }
            competences.add(competence);
            refs.add(new TextRef(competence.nameKey(), file, competence.line()));
            refs.add(new TextRef(competence.descriptionKey(), file, competence.line()));
            competence.exampleKeys().forEach(key -> refs.add(new TextRef(key, file, competence.line())));
        }
        Framework framework = new Framework(focus, List.copyOf(areas), competences);
        for (String area : areas) {
            if (framework.inArea(area).isEmpty()) {
                fields.problem(Check.COMPETENCES, fields.line("areas"), "area '" + area + "' has no competences");
            }
        }
        return framework;
    }

    private Competence competence(Fields item, List<String> focus, Set<String> areas) {
        String id = item.required("id");
        if (id == null) {
            return null;
        }
        Fields named = item.as("competence '" + id + "'");
        named.allowOnly(Set.of("id", "area", "focus", "examples"));
        String area = named.required("area");
        // Without any areas (already reported) every area would be unknown: say it once, not per competence.
        if (area != null && !areas.isEmpty() && !areas.contains(area)) {
            named.problem(Check.COMPETENCES, named.line("area"), "competence '" + id + "' is in unknown area '" + area
                    + "' (areas: " + String.join(", ", areas) + ")");
        }
        String theme = named.text("focus");
        if (theme != null && !focus.contains(theme)) {
            named.problem(Check.COMPETENCES, named.line("focus"), "competence '" + id + "' has unknown focus '" + theme
                    + "' (focus: " + String.join(", ", focus) + ")");
        }
        List<String> examples = named.requiredWords("examples");
        if (!examples.isEmpty() && (examples.size() < MIN_EXAMPLES || examples.size() > MAX_EXAMPLES)) {
            named.problem(named.line("examples"), "competence '" + id + "' needs " + MIN_EXAMPLES + " or "
                    + MAX_EXAMPLES + " examples, not " + examples.size());
        }
        return new Competence(id, area, theme, examples, item.line());
    }
}
