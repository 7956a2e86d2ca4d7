package eu.skilltalk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import eu.skilltalk.dialog.Command;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.locale.LocaleLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

class BotMenuTest {

    private final LocaleCatalog catalog = new LocaleLoader().load(Path.of("locales")).catalog();

    @Test
    void everyLanguageGetsTheFiveCommandsInItsOwnWordsAndTheFirstLanguageIsTheDefault() {
        List<SetMyCommands> calls = BotMenu.calls(catalog);

        assertThat(calls).extracting(SetMyCommands::getLanguageCode).containsExactly("en", "de", "fr", "nl", null);
        SetMyCommands dutch = calls.get(3);
        assertThat(dutch.getCommands()).extracting(BotCommand::getCommand)
                .containsExactly("help", "language", "pause", "coach", "stop");
        assertThat(dutch.getCommands()).extracting(BotCommand::getDescription).contains("Neem een pauze");
        assertThat(calls.get(4).getCommands()).isEqualTo(calls.get(0).getCommands());
    }

    @Test
    void everyMenuCommandIsACommandWordOfTheFirstLanguageSoTheEngineUnderstandsItInAnyLanguage() {
        for (Command command : BotMenu.COMMANDS) {
            assertThat(catalog.words(catalog.languages().get(0), command.wordsKey())).contains(BotMenu.name(command));
        }
    }
}
