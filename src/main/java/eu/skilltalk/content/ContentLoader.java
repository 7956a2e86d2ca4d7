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
 * dialog uses exists in every shipped language), ICU syntax, competence ids.
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
        problems.sort(Problem.ORDER);
        return new Content(dialogs.dialogs(), locales.catalog(), List.copyOf(problems),
                new SmsBudget().overBudget(locales.catalog()));
    }
}
