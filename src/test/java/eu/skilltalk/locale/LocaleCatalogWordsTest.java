package eu.skilltalk.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a client's message is matched against word lists such as the ways to say "stop". */
class LocaleCatalogWordsTest {

    private final LocaleCatalog catalog = new LocaleCatalog(List.of("es", "fr"), Map.of(
            "es", Map.of("words.yes", new LocaleCatalog.Entry("Sí | VALE|claro que sí", "es/engine.yaml", 3)),
            "fr", Map.of("words.yes", new LocaleCatalog.Entry("oui|Bien sûr", "fr/engine.yaml", 3))));

    @Test
    void aWordMatchesWhateverItsCaseAccentsAndSurroundingPunctuationOnEitherSide() {
        assertThat(catalog.says("si", "words.yes", List.of("es"))).isTrue();
        assertThat(catalog.says("  Vale !", "words.yes", List.of("es"))).isTrue();
        assertThat(catalog.says("Claro  que SI", "words.yes", List.of("es"))).isTrue();
        assertThat(catalog.says("bien sur", "words.yes", List.of("fr"))).isTrue();
    }

    @Test
    void onlyTheWholeMessageInOneOfTheGivenLanguagesMatches() {
        assertThat(catalog.says("si claro", "words.yes", List.of("es"))).isFalse();
        assertThat(catalog.says("oui", "words.yes", List.of("es"))).isFalse();
        assertThat(catalog.says("oui", "words.yes", List.of("es", "fr"))).isTrue();
        assertThat(catalog.says("", "words.yes", List.of("es"))).isFalse();
        assertThat(catalog.says("si", "words.missing", List.of("es"))).isFalse();
    }

    @Test
    void theListsAreTheSameWhenAskedAgain() {
        assertThat(catalog.words("es", "words.yes")).containsExactly("sí", "vale", "claro que sí");
        assertThat(catalog.normalizedWords("es", "words.yes")).containsExactly("si", "vale", "claro que si");
        assertThat(catalog.normalizedWords("es", "words.yes")).isEqualTo(catalog.normalizedWords("es", "words.yes"));
        assertThat(catalog.words("fr", "words.missing")).isEmpty();
    }
}
