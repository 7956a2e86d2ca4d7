package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.delivery.Outbox;
import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participants;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Telegram channel in polling mode against a fake Bot API, through the real TelegramBots client and
 * long-polling loop: a client's conversation with buttons, taps and a sticker, the command menu, and how
 * long texts and images go out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TelegramPollingTest {

    static final FakeBotApi telegram = FakeBotApi.start();

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @Autowired
    LocaleCatalog catalog;
    @Autowired
    Participants participants;
    @Autowired
    Answers answers;
    @Autowired
    Outbox outbox;
    @Autowired
    Clock clock;

    @Test
    void aClientTalksWithButtonsTapsAScaleAndSendsASticker() {
        long chat = 4242;
        telegram.queue(Updates.text(100, chat, "/start", "nl"));
        FakeBotApi.Call picker = telegram.awaitMessages(chat, 1).get(0);
        assertThat(picker.text()).isEqualTo(catalog.render("nl", "onboarding.language.ask"));
        assertThat(buttons(picker.markup().get("keyboard"))).containsExactly("English", "Deutsch", "Français",
                "Nederlands");
        assertThat(picker.markup().get("one_time_keyboard").asBoolean()).isTrue();
        assertThat(picker.markup().get("resize_keyboard").asBoolean()).isTrue();

        telegram.queue(Updates.text(101, chat, "Nederlands", "nl"));
        List<FakeBotApi.Call> consent = telegram.awaitMessages(chat, 4);
        assertThat(consent.get(1).text()).isEqualTo(catalog.render("nl", "onboarding.welcome"));
        assertThat(consent.get(1).markup().get("remove_keyboard").asBoolean()).isTrue();
        assertThat(buttons(consent.get(3).markup().get("keyboard"))).containsExactly("Ja", "Nee");

        telegram.queue(Updates.text(102, chat, "Ja", "nl"));
        telegram.awaitMessages(chat, 5);
        telegram.queue(Updates.text(103, chat, "Sam", "nl"));
        FakeBotApi.Call goal = telegram.awaitMessages(chat, 8).get(7);
        assertThat(buttons(goal.markup().get("keyboard")))
                .startsWith(catalog.render("nl", "profile.shop_assistant.name"));

        // Word buttons send their label; the intake's open questions are skipped; then a break is declined.
        String[] intake = {catalog.render("nl", "profile.shop_assistant.name"), "0", "0", "3", "0", "Ja"};
        for (int i = 0; i < intake.length; i++) {
            telegram.queue(Updates.text(104 + i, chat, intake[i], "nl"));
            telegram.awaitMessages(chat, 9 + i);
        }
        FakeBotApi.Call situation = telegram.awaitMessages(chat, 15).get(14);
        assertThat(buttons(situation.markup().get("keyboard"))).startsWith(catalog.render("nl", "ideas.chances.act"));

        telegram.queue(Updates.text(110, chat, catalog.render("nl", "ideas.chances.act"), "nl"));
        FakeBotApi.Call scale = telegram.awaitMessages(chat, 16).get(15);
        JsonNode faces = scale.markup().get("inline_keyboard");
        assertThat(faces).hasSize(1);
        assertThat(buttons(faces)).containsExactly("😟", "🙁", "😐", "🙂", "😄");
        String fourFaces = faces.get(0).get(3).get("callback_data").asText();
        assertThat(fourFaces).endsWith(":4");

        telegram.queue(Updates.tap(111, chat, "tap-1", fourFaces, 1009));
        FakeBotApi.Call story = telegram.awaitMessages(chat, 17).get(16);
        assertThat(story.text()).isEqualTo("(1/5) " + catalog.render("nl", "ideas.chances.story"));
        assertThat(buttons(story.markup().get("keyboard"))).containsExactly(catalog.render("nl", "engine.skip"));
        assertThat(answer("tap-1").params().has("text")).isFalse();
        String participant = participants.findByAddress("telegram:4242").orElseThrow().id();
        assertThat(answers.findByParticipantIdOrderByAtAsc(participant))
                .extracting(RecordedAnswer::step, RecordedAnswer::value).contains(
                        tuple("goal", "shop_assistant"), tuple("chances_rate", "4"));

        // The same buttons again: that question is over, so a note and no answer.
        telegram.queue(Updates.tap(112, chat, "tap-2", fourFaces, 1009));
        assertThat(answer("tap-2").params().get("text").asText())
                .isEqualTo(catalog.render("nl", "telegram.button.closed"));

        telegram.queue(Updates.sticker(113, chat));
        List<FakeBotApi.Call> all = telegram.awaitMessages(chat, 18);
        assertThat(all.get(17).text()).isEqualTo(catalog.render("nl", "engine.reprompt.media"));
        assertThat(telegram.sent("sendmessage", "4242")).hasSize(18);
    }

    @Test
    void theMenuIsSetInEveryLanguageAfterTheWebhookIsDeleted() {
        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.calls("setmycommands").size() == 5);
        List<FakeBotApi.Call> menus = telegram.calls("setmycommands");
        FakeBotApi.Call french = menus.stream().filter(m -> "fr".equals(m.params().path("language_code").asText()))
                .findFirst().orElseThrow();
        assertThat(french.params().get("commands").findValuesAsText("command"))
                .containsExactly("help", "language", "pause", "coach", "stop");
        assertThat(french.params().get("commands").findValuesAsText("description"))
                .contains(catalog.render("fr", "telegram.commands.coach"));
        assertThat(menus).filteredOn(m -> !m.params().has("language_code")).hasSize(1);
        assertThat(telegram.calls().get(0).method()).isEqualTo("deletewebhook");
    }

    @Test
    void aLongTextGoesInPartsWithTheButtonsOnTheLast() {
        String text = "Tell me more about it. ".repeat(400).strip();
        List<Choice> choices = List.of(new Choice("1", "Yes"), new Choice("2", "No"));

        outbox.enqueue("p-long", "telegram", "5151", List.of(new Reply(text, choices, null)), clock.instant());
        outbox.sendNow("p-long");

        List<FakeBotApi.Call> parts = telegram.sent("sendmessage", "5151");
        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts.stream().map(FakeBotApi.Call::text).toList())).isEqualTo(text);
        assertThat(parts.get(0).params().has("reply_markup")).isFalse();
        assertThat(buttons(parts.get(2).markup().get("keyboard"))).containsExactly("Yes", "No");
    }

    @Test
    void anImageGoesAsAPhotoFromThePublicUrl() {
        outbox.enqueue("p-photo", "telegram", "6161", List.of(new Reply("Your chart", List.of(), "/charts/p1.png")),
                clock.instant());
        outbox.sendNow("p-photo");

        List<FakeBotApi.Call> photos = telegram.sent("sendphoto", "6161");
        assertThat(photos).hasSize(1);
        assertThat(photos.get(0).params().get("photo").asText()).isEqualTo("https://skilltalk.example/charts/p1.png");
        assertThat(photos.get(0).text()).isEqualTo("Your chart");
        assertThat(telegram.sent("sendmessage", "6161")).isEmpty();
    }


    private static FakeBotApi.Call answer(String queryId) {
        await().atMost(FakeBotApi.DEADLINE).until(() -> telegram.calls("answercallbackquery").stream()
                .anyMatch(c -> queryId.equals(c.params().path("callback_query_id").asText())));
        return telegram.calls("answercallbackquery").stream()
                .filter(c -> queryId.equals(c.params().path("callback_query_id").asText())).findFirst().orElseThrow();
    }

    /** The button labels of a keyboard, row by row. */
    private static List<String> buttons(JsonNode rows) {
        List<String> labels = new ArrayList<>();
        StreamSupport.stream(rows.spliterator(), false).flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .forEach(button -> labels.add(button.get("text").asText()));
        return labels;
    }
}
