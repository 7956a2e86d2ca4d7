package eu.skilltalk.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.EvidenceHint;
import eu.skilltalk.dialog.Intent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What clients write in each shipped language, and what the engine is told it means. */
class UnderstandingTest {

    private static final Understanding UNDERSTANDING = Trained.UNDERSTANDING;
    private static final List<Choice> THREE = List.of(new Choice("1", "I made a list or a plan"),
            new Choice("2", "I asked others to help"), new Choice("3", "I just started"));

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | yes please        | true
            en | sure thing        | true
            en | 👍                | true
            en | of course I do    | true
            en | no thanks         | false
            en | nah               | false
            en | I don't think so  | false
            nl | ja hoor           | true
            nl | jazeker           | true
            nl | klopt             | true
            nl | nee hoor          | false
            nl | liever niet       | false
            fr | oui bien sûr      | true
            fr | d'accord          | true
            fr | non merci         | false
            fr | pas du tout       | false
            de | ja klar           | true
            de | genau             | true
            de | nein danke        | false
            de | auf keinen Fall   | false
            en | ja                | true
            nl | oui               | true
            fr | nein              | false
            """)
    void yesAndNoInTheirOwnWordsAndInEveryShippedLanguage(String language, String text, boolean yes) {
        assertThat(UNDERSTANDING.yesNo(text, language)).contains(yes);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" says nothing of yes or no")
    @CsvSource(delimiter = '|', textBlock = """
            en | pizza
            en | I don't know
            nl | misschien
            fr | je ne sais pas
            de | vielleicht morgen
            """)
    void otherAnswersAreNeitherYesNorNo(String language, String text) {
        assertThat(UNDERSTANDING.yesNo(text, language)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: \"{1}\" names {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | twenty                    | 20
            en | twenty-five               | 25
            en | about 20 people           | 20
            en | nobody                    | 0
            en | 10 or 20                  | 10 20
            en | between 10 and 20         | 10 20
            en | three                     | 3
            en | thre                      | 3
            nl | vijfentwintig             | 25
            nl | drie                      | 3
            nl | één                       | 1
            nl | een                       | 1
            nl | ik ken een paar mensen    |
            nl | niemand                   | 0
            fr | vingt-cinq                | 25
            fr | quatre-vingts             | 80
            fr | une                       | 1
            fr | une dizaine de personnes  |
            fr | personne                  | 0
            de | fünfundzwanzig            | 25
            de | zwanzig Leute             | 20
            de | drei oder vier            | 3 4
            de | keiner                    | 0
            """)
    void numbersInDigitsAndWords(String language, String text, String numbers) {
        assertThat(UNDERSTANDING.numbers(text, language, 0, 500)).isEqualTo(ints(numbers));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" on a scale of {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            en | pretty good     | 5 | 4
            en | so-so           | 5 | 3
            en | not good        | 5 | 2
            en | very good       | 5 | 5
            en | terrible        | 5 | 1
            en | 4/5             | 5 | 4
            en | 4 out of 5      | 5 | 4
            en | I'd say a 4     | 5 | 4
            en | four            | 5 | 4
            en | 2 or 3          | 5 | 2 3
            en | good or great   | 5 | 4 5
            en | 😊              | 5 | 4
            en | 😭              | 5 | 1
            en | 👍              | 5 | 4
            en | so-so           | 4 | 2 3
            en | very good       | 4 | 4
            nl | gaat wel        | 5 | 3
            nl | best goed       | 5 | 4
            nl | niet zo goed    | 5 | 2
            nl | heel goed       | 5 | 5
            nl | een 4           | 5 | 4
            fr | bof             | 5 | 2
            fr | plutôt bien     | 5 | 4
            fr | très bien       | 5 | 5
            fr | pas très bien   | 5 | 2
            de | geht so         | 5 | 3
            de | ziemlich gut    | 5 | 4
            de | sehr gut        | 5 | 5
            de | nicht so gut    | 5 | 2
            """)
    void scaleWordsAndEmoji(String language, String text, int points, String expected) {
        assertThat(UNDERSTANDING.scale(text, language, points)).isEqualTo(ints(expected));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" picks {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | the second one       | 2
            en | number 3             | 3
            en | two                  | 2
            en | I made a lst         | 1
            en | 1 or 2               | 1 2
            nl | de tweede            | 2
            nl | nummer drie          | 3
            fr | le deuxième          | 2
            de | die dritte           | 3
            en | I have 3 kids and I asked my friends to help with the party |
            """)
    void choicesByNumberWordOrdinalOrTypo(String language, String text, String keys) {
        assertThat(UNDERSTANDING.choices(text, language, THREE))
                .isEqualTo(keys == null ? List.of() : List.of(keys.split(" ")));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" asks for {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | I dont know                 | DONT_KNOW
            en | help me                     | HELP
            en | stop please                 | STOP
            en | can I talk to someone       | COACH
            en | say that again              | REPEAT
            en | I need a break              | PAUSE
            en | hello                       | GREETING
            nl | ik weet het niet            | DONT_KNOW
            nl | ik wil stoppen              | STOP
            nl | kan ik met een mens praten  | COACH
            nl | andere taal graag           | LANGUAGE
            fr | je sais pas trop            | DONT_KNOW
            fr | je veux arrêter             | STOP
            fr | tu peux répéter             | REPEAT
            de | keine Ahnung                | DONT_KNOW
            de | ich will aufhören           | STOP
            de | kann ich die Sprache ändern | LANGUAGE
            """)
    void requestsInTheirOwnWords(String language, String text, Intent.Kind kind) {
        assertThat(UNDERSTANDING.intent(text, language)).get().extracting(Intent::kind).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is no request")
    @CsvSource(delimiter = '|', textBlock = """
            en | pizza
            en | I organised a football tournament for the kids in my street and everybody came
            nl | Noor
            fr | la cuisine et le foot
            de | ich koche gern für meine Familie
            """)
    void answersAndStoriesAreNoRequests(String language, String text) {
        assertThat(UNDERSTANDING.intent(text, language)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" in a {1} session is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Bonjour, je voudrais commencer le test                 | en | fr
            J'aime faire la cuisine et jouer au foot avec mes amis | en | fr
            Ik werk graag met mensen                               | en | nl
            Ik help mijn buurvrouw met de boodschappen             | de | nl
            Ich arbeite gerne mit Menschen                         | nl | de
            I like working with people in a team                   | fr | en
            """)
    void anotherShippedLanguageIsNoticed(String text, String session, String written) {
        assertThat(UNDERSTANDING.otherLanguage(text, session)).contains(written);
    }

    @ParameterizedTest(name = "\"{0}\" in a {1} session")
    @CsvSource(delimiter = '|', textBlock = """
            Ik werk graag met mensen          | nl
            ja hoor                           | en
            Karim                             | nl
            bonjour                           | en
            OK thanks                         | nl
            Pizza Margherita                  | de
            """)
    void theSessionLanguageShortTextsAndNamesAreLeftAlone(String text, String session) {
        assertThat(UNDERSTANDING.otherLanguage(text, session)).isEmpty();
    }

    @Test
    void aFootballTournamentForTheStreetShowsPlanningAndGettingOthersToJoin() {
        List<EvidenceHint> hints = UNDERSTANDING.evidence(
                "I organised a football tournament for the kids in my street", "en");

        assertThat(hints).extracting(EvidenceHint::competence)
                .containsExactlyInAnyOrder("entrecomp.3.2", "entrecomp.2.5");
        assertThat(hints.get(0).score()).isGreaterThanOrEqualTo(hints.get(1).score());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            nl | ik heb een verhuizing gepland met een lijst van alles wat moest          | entrecomp.3.2
            fr | j'ai appris à réparer mon vélo en regardant des vidéos                   | skills21.learning_to_learn
            de | ich vergleiche immer die Preise und spare jeden Monat etwas              | entrecomp.2.4
            en | I checked if the message about the prize was true and it was a scam     | skills21.critical_thinking
            """)
    void storiesInEveryLanguageGetHints(String language, String story, String competence) {
        assertThat(UNDERSTANDING.evidence(story, language)).extracting(EvidenceHint::competence).contains(competence);
    }

    @Test
    void shortAnswersGetNoHints() {
        assertThat(UNDERSTANDING.evidence("Karim", "fr")).isEmpty();
        assertThat(UNDERSTANDING.evidence("koken", "nl")).isEmpty();
    }

    private static List<Integer> ints(String numbers) {
        return numbers == null ? List.of() : Arrays.stream(numbers.split(" ")).map(Integer::valueOf).toList();
    }
}
