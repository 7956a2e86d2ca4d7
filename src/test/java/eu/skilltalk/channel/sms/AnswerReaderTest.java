package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.locale.LocaleLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReaderTest {

    private static final AnswerReader READER = new AnswerReader(new LocaleLoader().load(Path.of("locales")).catalog());
    private static final List<Choice> SITUATION = List.of(new Choice("1", "I made a list or a plan"),
            new Choice("2", "I asked others to help"), new Choice("3", "I just started"));
    private static final List<Choice> YES_NO = List.of(new Choice("1", "Yes"), new Choice("2", "No"));
    private static final List<Choice> LANGUAGES = List.of(new Choice("1", "English"), new Choice("2", "Deutsch"),
            new Choice("3", "Français"), new Choice("4", "Nederlands"));

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2.          | 2
            '#3'        | 3
            (1)         | 1
            three       | 3
            Drie        | 3
            trois       | 3
            drei        | 3
            één         | 1
            fünf        | 5
            thre        | 3
            lsit        | 1
            others      | 2
            startd      | 3
            I made a lst or a plan | 1
            asked othrs | 2
                        """)
    void digitsNumberWordsAndSmallTyposBecomeTheChoice(String typed, String read) {
        assertThat(READER.read(typed, SITUATION)).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            yse         | 1
            yess        | 1
            nederlans   | 4
            fransais    | 3
            Deutch      | 2
            """)
    void labelsWithTyposAreFound(String typed, String read) {
        assertThat(READER.read(typed, typed.startsWith("y") ? YES_NO : LANGUAGES)).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" stays")
    @CsvSource(delimiter = '|', textBlock = """
            I made a list or a plan
            francais
            Yes
            ok
            repeat
            terug
            help
            pizza
            I organised a street party with my neighbours
            I had to make a plan fast
            """)
    void exactLabelsEngineWordsAndFreeTextPassUnchanged(String typed) {
        assertThat(READER.read(typed, SITUATION)).isEqualTo(typed);
        assertThat(READER.read(typed, YES_NO)).isEqualTo(typed);
    }

    @ParameterizedTest(name = "\"{0}\" stays a privacy command")
    @CsvSource(delimiter = '|', textBlock = """
            delete me
            Delete my data
            my data
            """)
    void privacyCommandsAreNotReadAsAChoiceTheyResemble(String typed) {
        List<Choice> plan = List.of(new Choice("1", "Delete my plan"), new Choice("2", "Show my data later"));

        assertThat(READER.read(typed, plan)).isEqualTo(typed);
    }

    @ParameterizedTest(name = "\"{0}\" stays")
    @CsvSource(delimiter = '|', textBlock = """
            2.
            Sam
            """)
    void withoutChoicesOnlyNumberWordsAreRead(String typed) {
        assertThat(READER.read(typed, List.of())).isEqualTo(typed);
        assertThat(READER.read("seven", List.of())).isEqualTo("7");
    }
}
