package eu.skilltalk.content;

import eu.skilltalk.dialog.Check;
import eu.skilltalk.dialog.DialogLoader;
import eu.skilltalk.dialog.Problem;
import eu.skilltalk.dialog.TextRef;
import eu.skilltalk.locale.LocaleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and checks content in a fixed order: parse, version, schema, graph, locale keys (every key a
 * dialog, competence or profile uses exists in every shipped language), ICU syntax, competence and profile
 * references, and last the SMS budget (no client text over {@value SmsBudget#MAX_SEGMENTS} segments).
 */
public final class ContentLoader {

    public Content load(Path dialogsFolder, Path localesFolder) {
        DialogLoader.Result dialogs = new DialogLoader().load(dialogsFolder);
        LocaleLoader.Result locales = new LocaleLoader().load(localesFolder);
        List<Problem> problems = new ArrayList<>(dialogs.problems());
        problems.addAll(locales.problems());
        for (TextRef ref : dialogs.textRefs()) {
            for (String language : locales.catalog().languages()) {
                if (!locales.catalog().has(language, ref.key())) {
                    problems.add(new Problem(Check.LOCALE_KEYS, ref.file(), ref.line(),
                            "text key '" + ref.key() + "' is missing in " + language));
                }
            }
        }
        // Texts are only measured once they render: a broken key or ICU pattern is reported above instead.
        SmsReport sms = problems.isEmpty() ? new SmsBudget(dialogs.dialogs(), locales.catalog()).measure()
                : SmsReport.NONE;
        problems.addAll(sms.problems());
        problems.sort(Problem.ORDER);
        return new Content(dialogs.dialogs(), locales.catalog(), List.copyOf(problems), sms);
    }
}
