package eu.skilltalk.coach;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.locale.LocaleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard text a template or controller names exists in {@code locales/} (the loader already
 * demands each key in every language), and client texts of the coach module stay within one SMS.
 */
class DashboardTextsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(coach\\.[A-Za-z_.]+[A-Za-z_])");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(coach\\.[A-Za-z_.]+[A-Za-z_])\"");

    private final LocaleCatalog catalog = new LocaleLoader().load(Path.of("locales")).catalog();

    @Test
    void everyKeyTheDashboardUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/coach"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java/eu/skilltalk/coach"), JAVA_KEY, used);
        collect(Path.of("src/main/java/eu/skilltalk/cohort"), JAVA_KEY, used);

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(catalog.has("en", key)).as(key).isTrue());
    }

    @Test
    void clientTextsFitOneSmsInEveryLanguage() {
        for (String language : catalog.languages()) {
            for (String key : new String[] {"cohort.joined", "cohort.reminder", "inbox.sent", "inbox.closed",
                    "inbox.reply"}) {
                assertThat(catalog.entries(language).get(key).pattern().length()).as(language + " " + key)
                        .isLessThanOrEqualTo(70);
            }
        }
    }

    private static void collect(Path folder, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
    }
}
