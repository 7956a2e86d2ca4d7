package eu.skilltalk.dialog;

import java.util.Optional;

/**
 * What a client's message asks for, as an {@link Interpreter} read it.
 *
 * @param kind       what it asks for
 * @param confidence the model's probability, 0 to 1
 * @param sure       whether the engine may act on it at once; otherwise it asks "Did you mean ...?"
 */
public record Intent(Kind kind, double confidence, boolean sure) {

    /** The things clients ask for in their own words. */
    public enum Kind {
        YES, NO, DONT_KNOW, HELP, REPEAT, BACK, PAUSE, STOP, COACH, LANGUAGE, GREETING;

        /** The built-in command this kind asks for, if it is one. */
        public Optional<Command> command() {
            for (Command command : Command.values()) {
                if (command.name().equals(name())) {
                    return Optional.of(command);
                }
            }
            return Optional.empty();
        }
    }
}
