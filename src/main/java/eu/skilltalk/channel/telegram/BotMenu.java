package eu.skilltalk.channel.telegram;

import eu.skilltalk.dialog.Command;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The bot's command menu (the "/" button) in each shipped language, described from
 * {@code telegram.commands.*}; clients whose app speaks another language get the first one. A menu entry
 * sends e.g. {@code /pause}, which the engine takes as its {@code pause} command: the first language's
 * command words work in every language.
 */
final class BotMenu {

    static final List<Command> COMMANDS = List.of(Command.HELP, Command.LANGUAGE, Command.PAUSE, Command.COACH,
            Command.STOP);

    private BotMenu() {
    }

    /** One setMyCommands per language, then the default for every other language. */
    static List<SetMyCommands> calls(LocaleCatalog catalog) {
        List<SetMyCommands> calls = new ArrayList<>();
        for (String language : catalog.languages()) {
            calls.add(SetMyCommands.builder().commands(commands(catalog, language)).languageCode(language)
                    .scope(new BotCommandScopeDefault()).build());
        }
        calls.add(SetMyCommands.builder().commands(commands(catalog, catalog.languages().get(0)))
                .scope(new BotCommandScopeDefault()).build());
        return calls;
    }

    /** The command as Telegram shows it, e.g. {@code pause}. */
    static String name(Command command) {
        return command.name().toLowerCase(Locale.ROOT);
    }

    private static List<BotCommand> commands(LocaleCatalog catalog, String language) {
        return COMMANDS.stream()
                .map(c -> new BotCommand(name(c), catalog.render(language, "telegram.commands." + name(c)))).toList();
    }
}
