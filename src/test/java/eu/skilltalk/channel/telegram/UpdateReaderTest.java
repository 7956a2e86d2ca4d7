package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateReaderTest {

    private final UpdateReader reader = new UpdateReader("repeat");

    private Optional<UpdateReader.Incoming> read(ObjectNode update) {
        return reader.read(Updates.parse(update));
    }

    @Test
    void aTextBecomesTheMessageWithTheUpdateIdAndTheAppLanguage() {
        UpdateReader.Incoming in = read(Updates.text(501, 4242, "I made a list", "nl-BE")).orElseThrow();

        assertThat(in).isEqualTo(new UpdateReader.Incoming("4242", "501", "I made a list", "nl-BE", null));
    }

    @Test
    void aDeepLinkStartPassesTheJoinCodeAsTheText() {
        assertThat(read(Updates.text(1, 4242, "/start JOIN-42_x", "en"))).get()
                .extracting(UpdateReader.Incoming::text).isEqualTo("JOIN-42_x");
        assertThat(read(Updates.text(2, 4242, "/start@SkillTalkBot K7Q2", "en"))).get()
                .extracting(UpdateReader.Incoming::text).isEqualTo("K7Q2");
    }

    @Test
    void aPlainStartGoesOnWhereTheClientWas() {
        assertThat(read(Updates.text(1, 4242, "/start", "en"))).get().extracting(UpdateReader.Incoming::text)
                .isEqualTo("repeat");
    }

    @Test
    void otherCommandsPassAsTheyAreForTheEngineToRead() {
        assertThat(read(Updates.text(1, 4242, "/pause", "en"))).get().extracting(UpdateReader.Incoming::text)
                .isEqualTo("/pause");
        assertThat(read(Updates.text(2, 4242, "/starting", "en"))).get().extracting(UpdateReader.Incoming::text)
                .isEqualTo("/starting");
    }

    @Test
    void stickersAndLocationsAreMediaWithoutText() {
        assertThat(read(Updates.sticker(1, 4242))).get().extracting(UpdateReader.Incoming::text).isNull();
        assertThat(read(Updates.location(2, 4242))).get().extracting(UpdateReader.Incoming::text).isNull();
    }

    @Test
    void aServiceMessageWithoutContentIsLeftAlone() {
        ObjectNode update = Updates.text(1, 4242, "x", "en");
        ((ObjectNode) update.get("message")).remove("text");
        ((ObjectNode) update.get("message")).putObject("write_access_allowed").put("from_request", true);

        assertThat(read(update)).isEmpty();
    }

    @Test
    void groupsAreLeftAlone() {
        assertThat(read(Updates.groupText(1, -100123, "hello"))).isEmpty();
    }

    @Test
    void aTapNamesItsKeyboardAndSendsTheChoiceKey() {
        UpdateReader.Incoming in = read(Updates.tap(9, 4242, "q-1", UpdateReader.callbackData("item-7", "4"), 55))
                .orElseThrow();

        assertThat(in.text()).isEqualTo("4");
        assertThat(in.chatId()).isEqualTo("4242");
        assertThat(in.languageCode()).isEqualTo("nl");
        assertThat(in.tap()).isEqualTo(new UpdateReader.Tap("q-1", "item-7"));
    }

    @Test
    void aTapWithForeignDataHasNoKeyboard() {
        assertThat(read(Updates.tap(9, 4242, "q-1", "hello", 55))).get()
                .extracting(in -> in.tap().keyboard()).isNull();
    }
}
