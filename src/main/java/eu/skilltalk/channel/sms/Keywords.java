package eu.skilltalk.channel.sms;

import eu.skilltalk.dialog.Words;
import eu.skilltalk.locale.LocaleCatalog;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Carrier keywords that win over any open question: STOP and its kin, START, HELP. The words of every shipped
 * language ({@code sms.words.stop|start|help}) work for everyone: an opt-out must never be missed because the
 * client has not picked a language yet.
 */
final class Keywords {

    enum Keyword {
        STOP, START, HELP
    }

    private final Map<String, Keyword> words = new HashMap<>();
    private final Map<Keyword, String> first = new EnumMap<>(Keyword.class);

    Keywords(LocaleCatalog catalog) {
        for (Keyword keyword : Keyword.values()) {
            String key = "sms.words." + keyword.name().toLowerCase(Locale.ROOT);
            for (String language : catalog.languages()) {
                catalog.words(language, key).forEach(word -> words.putIfAbsent(Words.normalize(word), keyword));
                first.putIfAbsent(keyword, catalog.words(language, key).get(0));
            }
        }
    }

    /** The keyword the whole message is, like Twilio reads them (one word, any case, surrounding punctuation ignored). */
    Optional<Keyword> in(String text) {
        return Optional.ofNullable(words.get(Words.normalize(text)));
    }

    /**
     * The message as these rules should read it: when Twilio read a keyword ({@code OptOutType}, sent when the
     * account manages opt-outs) that is not among ours, such as UNSUBSCRIBE, our word for the same keyword.
     */
    String canonical(String text, String optOutType) {
        if (optOutType == null || in(text).isPresent()) {
            return text;
        }
        for (Keyword keyword : Keyword.values()) {
            if (keyword.name().equalsIgnoreCase(optOutType.strip())) {
                return first.get(keyword);
            }
        }
        return text;
    }
}
