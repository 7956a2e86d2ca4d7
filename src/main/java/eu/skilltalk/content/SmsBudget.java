package eu.skilltalk.content;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import eu.skilltalk.dialog.Check;
import eu.skilltalk.dialog.Dialog;
import eu.skilltalk.dialog.DialogEngine;
import eu.skilltalk.dialog.DialogLoader;
import eu.skilltalk.dialog.Dialogs;
import eu.skilltalk.dialog.EndStep;
import eu.skilltalk.dialog.Frame;
import eu.skilltalk.dialog.PauseStep;
import eu.skilltalk.dialog.Problem;
import eu.skilltalk.dialog.Question;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.SayStep;
import eu.skilltalk.dialog.ScaleStep;
import eu.skilltalk.dialog.State;
import eu.skilltalk.dialog.Status;
import eu.skilltalk.dialog.Step;
import eu.skilltalk.locale.LocaleCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures every client text as it would go out by SMS, per language: each question as the engine renders
 * it (progress, legend) with its choices as numbered lines ({@code 1 Yes}) and scales as their legend alone
 * (SMS shows no emoji faces); each say, pause and end text; and every other client text in the locales on
 * its own, arguments counted as a three-digit number. Word lists, coach and simulator texts and the public
 * badge pages' texts never go by SMS; the engine's fragments (progress, legend, yes, no, skip, language names) are measured inside the
 * questions that use them.
 */
final class SmsBudget {

    /** More than this many segments is an error. */
    static final int MAX_SEGMENTS = 3;
    /** Texts read on a screen: the dashboard, the simulator, the badge pages and what a badge means. */
    private static final List<String> SCREEN_ONLY = List.of("coach.", "simulator.", "badges.page.", "badge.");
    private static final Set<String> FRAGMENTS = Set.of("engine.progress", "engine.scale.legend", "engine.yes",
            "engine.no", "engine.skip", "language.name");
    /** Session variables dialog texts may show, with a long-ish sample value. */
    private static final Map<String, String> SAMPLE_VARIABLES = Map.of("name", "Alexandra");
    private static final int SAMPLE_NUMBER = 100;

    private final Dialogs dialogs;
    private final LocaleCatalog catalog;
    private final DialogEngine engine;
    private final Map<String, SmsReport.Fit> fits = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    SmsBudget(Dialogs dialogs, LocaleCatalog catalog) {
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.engine = new DialogEngine(dialogs, catalog);
    }

    SmsReport measure() {
        List<Dialog> inFileOrder = dialogs.byId().values().stream().sorted(Comparator.comparing(Dialog::file)).toList();
        Set<String> inSteps = new HashSet<>();
        inFileOrder.forEach(dialog -> dialog.steps().forEach(step -> inSteps.addAll(DialogLoader.textKeys(step))));
        for (String language : catalog.languages()) {
            for (Dialog dialog : inFileOrder) {
                for (Step step : dialog.steps()) {
                    String text = message(dialog, step, language);
                    if (text != null) {
                        tally(language, text, dialog.file(), step.line(), "step '" + step.id() + "'");
                    }
                }
            }
            catalog.entries(language).forEach((key, entry) -> {
                if (isClientText(key) && !inSteps.contains(key)) {
                    tally(language, render(language, entry.pattern()), entry.file(), entry.line(), "key '" + key + "'");
                }
            });
        }
        return new SmsReport(fits, warnings, problems);
    }

    /** The SMS a step sends in this language, or {@code null} for a step that sends nothing. */
    private String message(Dialog dialog, Step step, String language) {
        if (step instanceof Question question) {
            State waiting = new State(language, Status.ACTIVE, List.of(new Frame(dialog.id(), step.id())),
                    SAMPLE_VARIABLES, List.of(), 0, false, null);
            Reply reply = engine.repeat(waiting, Instant.EPOCH).replies().get(0);
            StringBuilder text = new StringBuilder(reply.text());
            if (!(question instanceof ScaleStep)) {
                reply.choices().forEach(c -> text.append('\n').append(c.key()).append(' ').append(c.label()));
            }
            return text.toString();
        }
        String key = step instanceof SayStep say ? say.text()
                : step instanceof PauseStep pause ? pause.text()
                : step instanceof EndStep end ? end.text() : null;
        return key == null ? null : catalog.render(language, key, SAMPLE_VARIABLES);
    }

    private static boolean isClientText(String key) {
        return !key.contains(".words.") && SCREEN_ONLY.stream().noneMatch(key::startsWith)
                && !FRAGMENTS.contains(key);
    }

    private static String render(String language, String pattern) {
        MessageFormat format = new MessageFormat(pattern, ULocale.forLanguageTag(language));
        Map<String, Object> args = new LinkedHashMap<>();
        format.getArgumentNames().forEach(name -> args.put(name, SAMPLE_NUMBER));
        return format.format(args);
    }

    private void tally(String language, String text, String file, int line, String what) {
        int segments = SmsSegments.count(text);
        fits.merge(language, SmsReport.Fit.of(segments), SmsReport.Fit::plus);
        if (segments == 1) {
            return;
        }
        String nonGsm = SmsSegments.firstNonGsm(text);
        String reason = language + ": " + what + " needs " + segments + " SMS segments ("
                + (nonGsm == null ? "GSM-7, " + text.length() + " characters"
                        : "UCS-2 because of '" + nonGsm + "', " + text.length() + " units") + ")";
        if (segments > MAX_SEGMENTS) {
            problems.add(new Problem(Check.SMS, file, line, reason + "; at most " + MAX_SEGMENTS + " are allowed"));
        } else {
            warnings.add(file + ":" + line + ": " + reason);
        }
    }
}
