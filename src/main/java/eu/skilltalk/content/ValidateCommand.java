package eu.skilltalk.content;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code java -jar skilltalk.jar validate [dialogs] [locales]}: checks content without starting the service.
 * Prints one {@code file:line: reason} per error, then each text over one SMS segment and how many fit one per
 * language; exit code 0 when valid, 1 otherwise.
 */
public final class ValidateCommand {

    public static final String NAME = "validate";

    private ValidateCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path dialogs = Path.of(args.length > 1 ? args[1] : "dialogs");
        Path locales = Path.of(args.length > 2 ? args[2] : "locales");
        Content content = new ContentLoader().load(dialogs, locales);
        content.problems().forEach(out::println);
        content.warnings().forEach(w -> out.println("warning: " + w));
        content.sms().byLanguage().forEach((language, fit) -> out.println("sms " + language + ": " + fit.oneSegment()
                + " of " + fit.texts() + " client texts fit one segment (" + fit.percent() + "%), the longest needs "
                + fit.most()));
        out.println(content.valid()
                ? "OK: " + content.dialogs().byId().size() + " dialogs, " + content.dialogs().competences().size()
                        + " competences, " + content.dialogs().profiles().all().size() + " profiles, "
                        + content.catalog().languages().size() + " languages, " + content.warnings().size()
                        + " warnings"
                : content.problems().size() + " errors");
        return content.valid() ? 0 : 1;
    }
}
