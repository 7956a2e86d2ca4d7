package eu.skilltalk.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Choice;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmsLayoutTest {

    private final SmsLayout layout = new SmsLayout("https://skilltalk.example.org/");

    @Test
    void choicesAreNumberedLines() {
        assertThat(layout.sms("Is that OK for you?", List.of(new Choice("1", "Yes"), new Choice("2", "No")), null))
                .containsExactly("Is that OK for you?\n1 = Yes\n2 = No");
    }

    @Test
    void aPictureScaleIsItsNumbersUnderTheLegendWithoutEmoji() {
        List<Choice> faces = List.of(new Choice("1", "😟"), new Choice("2", "🙁"), new Choice("3", "😐"),
                new Choice("4", "🙂"), new Choice("5", "😄"));

        assertThat(layout.sms("2/12 · How good are you at planning things?\n1 = not good, 5 = very good", faces, null))
                .containsExactly("2/12 - How good are you at planning things?\n1 = not good, 5 = very good\n1 2 3 4 5");
        assertThat(layout.whatsapp("How good?", faces)).isEqualTo("How good?\n1 😟  2 🙁  3 😐  4 🙂  5 😄");
    }

    @Test
    void emojiAndTypographicPunctuationGoWhereTheTextCanStayGsm7() {
        assertThat(SmsLayout.shape("Well done! 🎉 You’re “great” – really…")).isEqualTo(
                "Well done! You're \"great\" - really...");
        assertThat(SmsLayout.shape("👍🏽 Top")).isEqualTo("Top");
        // "ê" needs UCS-2 anyway, so the emoji costs nothing more and stays.
        assertThat(SmsLayout.shape("Bien joué, c’est la fête 🎉")).isEqualTo("Bien joué, c'est la fête 🎉");
        assertThat(SmsLayout.shape("Envoie « stop »")).isEqualTo("Envoie \" stop \"");
    }

    @Test
    void aLongTextIsSplitAtSentenceEndsIntoSingleSegmentMessages() {
        String text = "I help you see what you are good at. I ask short questions about your daily life. "
                + "There are no wrong answers. Your coach sees your answers. You can stop at any time.";

        List<String> parts = layout.sms(text, List.of(), null);

        assertThat(parts).containsExactly(
                "I help you see what you are good at. I ask short questions about your daily life. "
                        + "There are no wrong answers. Your coach sees your answers.",
                "You can stop at any time.");
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void theChoicesStayTogetherAndASentenceLongerThanASegmentIsCutAtWords() {
        String question = "Think of the last time you organised something big, like a party, a move, a trip with "
                + "friends, a birthday for your child or a family dinner for many people at your home, and what you "
                + "did first";
        List<Choice> choices = List.of(new Choice("1", "I made a list or a plan"), new Choice("2", "I asked others to help"),
                new Choice("3", "I just started"));

        List<String> parts = layout.sms(question, choices, null);

        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(SmsSegments.of(p).single()).isTrue());
        assertThat(parts.get(0)).startsWith("Think of").endsWith(" many people at");
        assertThat(parts.get(1)).isEqualTo("your home, and what you did first\n"
                + "1 = I made a list or a plan\n2 = I asked others to help\n3 = I just started");
    }

    @Test
    void anImageIsAFullLinkOnItsOwnLine() {
        assertThat(layout.sms("Your chart:", List.of(), "/charts/7f3c.png"))
                .containsExactly("Your chart:\nhttps://skilltalk.example.org/charts/7f3c.png");
        assertThat(layout.link("https://cdn.example.org/x.png").toString()).isEqualTo("https://cdn.example.org/x.png");
    }
}
