package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.channel.sms.Keywords.Keyword;
import eu.skilltalk.locale.LocaleLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {

    private static final Keywords KEYWORDS = new Keywords(new LocaleLoader().load(Path.of("locales")).catalog());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STOP        | STOP
            stop.       | STOP
            StopAll     | STOP
            UNSUBSCRIBE | STOP
            cancel      | STOP
            End         | STOP
            quit!       | STOP
            afmelden    | STOP
            Arrêt       | STOP
            désabonner  | STOP
            Stopp       | STOP
            abmelden    | STOP
            START       | START
            unstop      | START
            HELP        | HELP
            info        | HELP
            hulp        | HELP
            aide        | HELP
            Hilfe       | HELP
            """)
    void carrierKeywordsInEveryShippedLanguage(String text, Keyword keyword) {
        assertThat(KEYWORDS.in(text)).contains(keyword);
    }

    @Test
    void onlyAWholeMessageIsAKeyword() {
        assertThat(KEYWORDS.in("please stop asking")).isEmpty();
        assertThat(KEYWORDS.in("I want to start a business")).isEmpty();
        assertThat(KEYWORDS.in(null)).isEmpty();
    }

    @Test
    void twiliosOwnReadingWins() {
        assertThat(KEYWORDS.in(KEYWORDS.canonical("ophouden", "STOP"))).contains(Keyword.STOP);
        assertThat(KEYWORDS.in(KEYWORDS.canonical("ja", "start"))).contains(Keyword.START);
        assertThat(KEYWORDS.canonical("ja", null)).isEqualTo("ja");
        assertThat(KEYWORDS.canonical("Stopp", "STOP")).as("our own word stays as written").isEqualTo("Stopp");
    }
}
