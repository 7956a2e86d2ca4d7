package eu.skilltalk.dialog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns one YAML step into a {@link Step}, reporting schema problems by line. */
final class StepReader {

    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "next", "text", "save", "competence");
    private static final Map<String, Set<String>> EXTRA_FIELDS = Map.ofEntries(
            Map.entry("say", Set.of("text", "image")),
            Map.entry("pause", Set.of("text")),
            Map.entry("choice", Set.of("options")),
            Map.entry("scale", Set.of("points", "low", "high")),
            Map.entry("yesno", Set.of()),
            Map.entry("number", Set.of("min", "max")),
            Map.entry("text", Set.of("minLength", "maxLength", "optional")),
            Map.entry("consent", Set.of("version", "declined")),
            Map.entry("language", Set.of()),
            Map.entry("jump", Set.of("to")),
            Map.entry("call", Set.of("dialog")),
            Map.entry("end", Set.of("text")),
            Map.entry("results", Set.of("show")),
            Map.entry("branch", Set.of("cases", "else")));
    private static final Set<String> NOT_QUESTIONS = Set.of("say", "pause", "jump", "call", "end", "branch",
            "results");
    private static final Set<String> NO_NEXT = Set.of("jump", "end", "branch");

    private final Map<String, Function<Fields, Step>> readers = Map.ofEntries(
            Map.entry("say", f -> new SayStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("image"))),
            Map.entry("pause", f -> new PauseStep(id(f), f.text("next"), f.line(), f.required("text"))),
            Map.entry("choice", this::choice),
            Map.entry("scale", this::scale),
            Map.entry("yesno", f -> new YesNoStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("save"),
                    f.text("competence"))),
            Map.entry("number", this::number),
            Map.entry("text", this::freeText),
            Map.entry("consent", f -> new ConsentStep(id(f), f.text("next"), f.line(), f.required("text"),
                    f.required("version"), f.required("declined"))),
            Map.entry("language", f -> new LanguageStep(id(f), f.text("next"), f.line(), f.required("text"))),
            Map.entry("jump", f -> new JumpStep(id(f), f.line(), f.required("to"))),
            Map.entry("call", f -> new CallStep(id(f), f.text("next"), f.line(), f.required("dialog"))),
            Map.entry("end", f -> new EndStep(id(f), f.line(), f.text("text"))),
            Map.entry("branch", this::branch),
            Map.entry("results", this::results));

    /** Every step type a dialog file may use. */
    static Set<String> types() {
        return EXTRA_FIELDS.keySet();
    }

    /** The step, or {@code null} when its type is missing or unknown (already reported). */
    Step read(Fields fields) {
        String type = fields.required("type");
        if (type == null) {
            return null;
        }
        Function<Fields, Step> reader = readers.get(type);
        if (reader == null) {
            fields.problem(fields.line("type"), "unknown step type '" + type + "' (known: "
                    + String.join(", ", new TreeSet<>(readers.keySet())) + ")");
            return null;
        }
        Set<String> allowed = new HashSet<>(NOT_QUESTIONS.contains(type) ? Set.of("id", "type", "next")
                : QUESTION_FIELDS);
        allowed.addAll(EXTRA_FIELDS.get(type));
        if (NO_NEXT.contains(type)) {
            allowed.remove("next");
        }
        fields.allowOnly(allowed);
        return reader.apply(fields);
    }

    private Step results(Fields f) {
        String show = f.text("show");
        if (show != null && !ResultsStep.SHOWS.contains(show)) {
            f.problem(f.line("show"), "field 'show' must be one of " + ResultsStep.SHOWS + ", not '" + show + "'");
        }
        return new ResultsStep(id(f), f.text("next"), f.line(), show == null ? ResultsStep.SUMMARY : show);
    }

    private static String id(Fields fields) {
        String id = fields.required("id");
        return id == null ? "?" + fields.line() : id;
    }

    private Step choice(Fields f) {
        List<ChoiceStep.Option> options = new ArrayList<>();
        for (Fields option : f.list("options", "option", true)) {
            option.allowOnly(Set.of("value", "text"));
            options.add(new ChoiceStep.Option(option.required("value"), option.required("text")));
        }
        return new ChoiceStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("save"),
                f.text("competence"), options);
    }

    private Step scale(Fields f) {
        int points = f.number("points", 5);
        if (points != 4 && points != 5) {
            f.problem(f.line("points"), "field 'points' must be 4 or 5, not " + points);
        }
        return new ScaleStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("save"), f.text("competence"),
                points, f.required("low"), f.required("high"));
    }

    private Step number(Fields f) {
        int min = f.number("min", 0);
        int max = f.number("max", 100);
        if (min > max) {
            f.problem(f.line("min"), "field 'min' (" + min + ") is more than 'max' (" + max + ")");
        }
        return new NumberStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("save"),
                f.text("competence"), min, max);
    }

    private Step freeText(Fields f) {
        int minLength = f.number("minLength", 1);
        int maxLength = f.number("maxLength", 500);
        if (minLength > maxLength) {
            f.problem(f.line("minLength"), "field 'minLength' (" + minLength + ") is more than 'maxLength' ("
                    + maxLength + ")");
        }
        Boolean optional = f.bool("optional");
        return new TextStep(id(f), f.text("next"), f.line(), f.required("text"), f.text("save"), f.text("competence"),
                minLength, maxLength, Boolean.TRUE.equals(optional));
    }

    private Step branch(Fields f) {
        List<BranchStep.Case> cases = new ArrayList<>();
        for (Fields c : f.list("cases", "case", true)) {
            c.allowOnly(Set.of("when", "goto"));
            Fields when = c.mapping("when", "condition");
            BranchStep.Condition condition = null;
            if (when != null) {
                when.allowOnly(Set.of("var", "equals", "in", "atLeast", "atMost", "set"));
                condition = new BranchStep.Condition(when.required("var"), when.text("equals"), when.words("in"),
                        when.decimal("atLeast"), when.decimal("atMost"), when.bool("set"));
            }
            cases.add(new BranchStep.Case(condition, c.required("goto"), c.line()));
        }
        return new BranchStep(id(f), f.line(), cases, f.text("else"));
    }
}
