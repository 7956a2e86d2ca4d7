package eu.skilltalk.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code badges.yaml} into {@link BadgeClasses}: schema, ids fit for links, duplicate ids, competences
 * of the framework, known icons, colours, absolute alignment links, and the locale keys each badge needs.
 */
final class BadgeReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** An absolute http(s) link with a host (the engine package reads no network types, so no java.net.URI). */
    private static final Pattern LINK = Pattern.compile("https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]+)?"
            + "(/\\S*)?");

    private final Framework framework;
    private final List<TextRef> refs;
    private final List<Problem> problems;

    BadgeReader(Framework framework, List<TextRef> refs, List<Problem> problems) {
        this.framework = framework;
        this.refs = refs;
        this.problems = problems;
    }

    /** The badge classes in {@code file}; none when there is no such file or it cannot be read. */
    BadgeClasses read(Path file) {
        return DialogLoader.readOptional(file, "badges file", problems, this::read, BadgeClasses.NONE);
    }

    private BadgeClasses read(Fields fields, String file) {
        fields.allowOnly(Set.of("format", "level", "badges"));
        int level = fields.number("level", BadgeClasses.DEFAULT_LEVEL);
        if (level < Profiles.MIN_LEVEL || level > Profiles.MAX_LEVEL) {
            fields.problem(fields.line("level"), "level must be " + Profiles.MIN_LEVEL + " to " + Profiles.MAX_LEVEL
                    + ", not " + level);
            level = BadgeClasses.DEFAULT_LEVEL;
        }
        List<BadgeClass> badges = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields item : fields.list("badges", "badge", true)) {
            BadgeClass badge = badge(item);
            if (badge == null) {
                continue;
            }
            if (!ids.add(badge.id())) {
                item.problem(Check.GRAPH, badge.line(), "duplicate badge id '" + badge.id() + "'");
                continue;
            }
            badges.add(badge);
            for (String key : List.of(badge.nameKey(), badge.descriptionKey(), badge.criteriaKey())) {
                refs.add(new TextRef(key, file, badge.line()));
            }
        }
        return new BadgeClasses(level, badges);
    }

    private BadgeClass badge(Fields item) {
        String id = item.required("id");
        if (id == null) {
            return null;
        }
        Fields named = item.as("badge '" + id + "'");
        named.allowOnly(Set.of("id", "competences", "icon", "colour", "alignment"));
        if (!ID.matcher(id).matches()) {
            named.problem(named.line("id"), "badge id '" + id + "' must be lower-case letters, digits and single"
                    + " hyphens (it is part of public links)");
        }
        List<String> competences = named.requiredWords("competences");
        for (String competence : competences) {
            if (!framework.ids().isEmpty() && !framework.ids().contains(competence)) {
                named.problem(Check.COMPETENCES, named.line("competences"), "badge '" + id
                        + "' refers to unknown competence '" + competence + "'");
            }
        }
        String icon = named.required("icon");
        if (icon != null && !BadgeClass.ICONS.contains(icon)) {
            named.problem(named.line("icon"), "badge '" + id + "' has unknown icon '" + icon + "' (icons: "
                    + String.join(", ", BadgeClass.ICONS) + ")");
        }
        String colour = named.required("colour");
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            named.problem(named.line("colour"), "colour of badge '" + id + "' must be like \"#1D4ED8\", not '"
                    + colour + "'");
        }
        List<BadgeClass.Alignment> alignment = new ArrayList<>();
        for (Fields target : named.list("alignment", "alignment", true)) {
            target.allowOnly(Set.of("targetName", "targetUrl", "targetFramework", "targetCode"));
            String name = target.required("targetName");
            String url = target.required("targetUrl");
            if (url != null && !LINK.matcher(url).matches()) {
                target.problem(target.line("targetUrl"), "targetUrl of badge '" + id + "' must be an http(s) link,"
                        + " not '" + url + "'");
            }
            alignment.add(new BadgeClass.Alignment(name, url, target.text("targetFramework"),
                    target.text("targetCode")));
        }
        return new BadgeClass(id, competences, icon, colour, alignment, item.line());
    }
}
