package eu.skilltalk.dialog;

import eu.skilltalk.dialog.State.Confirmation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The questions the engine asks of its own accord ({@link Confirmation}) and how their answers are read. The
 * texts are {@code understanding.*} keys: the language offer is written in the language offered, since the
 * client just wrote in it, with each language's name as a choice.
 */
final class Confirmations {

    private Confirmations() {
    }

    static Reply ask(Confirmation confirmation, String language, Texts texts) {
        return switch (confirmation.topic()) {
            case LANGUAGE -> new Reply(texts.render(confirmation.value(), "understanding.language.ask"),
                    List.of(new Choice("1", texts.render(confirmation.value(), "language.name")),
                            new Choice("2", texts.render(language, "language.name"))), null);
            case COMMAND -> new Reply(texts.render(language,
                    "understanding.confirm." + confirmation.value().toLowerCase(Locale.ROOT)),
                    YesNo.choices(texts, language), null);
            case EVIDENCE -> new Reply(texts.render(language, "understanding.evidence.ask", Map.of("competence",
                    texts.render(language, "competence." + confirmation.value() + ".name"))),
                    YesNo.choices(texts, language), null);
        };
    }

    /**
     * The language chosen in answer to "shall we go on in {@code offered}?": "1", yes or its name is the
     * offered one; "2", no or the current one's name is {@code current}; empty for anything else.
     */
    static Optional<String> chosenLanguage(String text, String offered, String current, Texts texts,
            Interpreter interpreter) {
        String said = Words.normalize(text);
        for (String candidate : List.of(offered, current)) {
            if (said.equals(candidate) || said.equals(Words.normalize(texts.render(candidate, "language.name")))) {
                return Optional.of(candidate);
            }
        }
        Optional<Boolean> yes = YesNo.read(text, texts, offered) instanceof Answer.Accepted accepted
                ? Optional.of(YesNo.YES.equals(accepted.value())) : yesOrNo(text, current, texts, interpreter);
        return yes.map(y -> y ? offered : current);
    }

    /** Yes or no in the language's own words ("1", "2" too), else as the interpreter reads it. */
    static Optional<Boolean> yesOrNo(String text, String language, Texts texts, Interpreter interpreter) {
        if (YesNo.read(text, texts, language) instanceof Answer.Accepted accepted) {
            return Optional.of(YesNo.YES.equals(accepted.value()));
        }
        return interpreter.yesNo(text, language);
    }
}
