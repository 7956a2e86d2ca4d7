package eu.skilltalk.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Offers and reads the shipped languages; used by {@link LanguageStep} and the {@code language} command. */
final class LanguagePicker {

    private LanguagePicker() {
    }

    static List<Choice> choices(Texts texts) {
        List<Choice> choices = new ArrayList<>();
        List<String> languages = texts.languages();
        for (int i = 0; i < languages.size(); i++) {
            choices.add(new Choice(String.valueOf(i + 1), texts.render(languages.get(i), "language.name")));
        }
        return choices;
    }

    static Answer read(String answer, Texts texts) {
        List<String> languages = texts.languages();
        var number = Words.number(answer, 1, languages.size());
        if (number.isPresent()) {
            return new Answer.Accepted(languages.get(number.getAsInt() - 1));
        }
        String said = Words.normalize(answer);
        for (String language : languages) {
            if (said.equals(language) || said.equals(Words.normalize(texts.render(language, "language.name")))) {
                return new Answer.Accepted(language);
            }
        }
        return new Answer.Rejected("engine.reprompt.choice", Map.of("count", languages.size()));
    }
}
