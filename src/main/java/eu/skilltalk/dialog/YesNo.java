package eu.skilltalk.dialog;

import java.util.List;

/** How yes/no questions offer and read their two answers, shared by {@link YesNoStep} and {@link ConsentStep}. */
final class YesNo {

    static final String YES = "yes";
    static final String NO = "no";

    private YesNo() {
    }

    static List<Choice> choices(Texts texts, String language) {
        return List.of(new Choice("1", texts.render(language, "engine.yes")),
                new Choice("2", texts.render(language, "engine.no")));
    }

    static Answer read(String answer, Texts texts, String language) {
        String said = Words.normalize(answer);
        if (said.equals("1") || Words.isOneOf(said, texts.normalizedWords(language, "engine.words.yes"))) {
            return new Answer.Accepted(YES);
        }
        if (said.equals("2") || Words.isOneOf(said, texts.normalizedWords(language, "engine.words.no"))) {
            return new Answer.Accepted(NO);
        }
        return new Answer.Rejected("engine.reprompt.yesno");
    }
}
