package eu.skilltalk.content;

import eu.skilltalk.dialog.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the client texts cost as SMS: for each language how many fit one segment, a warning for each text
 * that needs more, and a problem for each that needs more than {@value SmsBudget#MAX_SEGMENTS}. Languages
 * come in the catalog's order, warnings by language, then file and line.
 */
public record SmsReport(Map<String, Fit> byLanguage, List<String> warnings, List<Problem> problems) {

    /** Not measured (content with errors). */
    public static final SmsReport NONE = new SmsReport(Map.of(), List.of(), List.of());

    /** One language's tally: client texts measured, how many fit one segment, and the most segments one needs. */
    public record Fit(int texts, int oneSegment, int most) {

        static Fit of(int segments) {
            return new Fit(1, segments == 1 ? 1 : 0, segments);
        }

        Fit plus(Fit other) {
            return new Fit(texts + other.texts, oneSegment + other.oneSegment, Math.max(most, other.most));
        }

        /** Share of texts that fit one segment, 0 to 100. */
        public int percent() {
            return texts == 0 ? 100 : oneSegment * 100 / texts;
        }
    }

    public SmsReport {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }
}
