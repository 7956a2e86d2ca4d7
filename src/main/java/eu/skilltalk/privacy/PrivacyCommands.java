package eu.skilltalk.privacy;

import eu.skilltalk.conversation.Diversion;
import eu.skilltalk.dialog.Choice;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.dialog.Words;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The client's privacy commands, in any shipped language and always in English: "my data" sends a link to
 * a page with everything kept about them and a one-time code to open it; "delete me" asks for a numbered
 * yes or no, and yes erases everything after one last message. The question waits in the store, so a
 * restart in between changes nothing. Also: a client told that their data goes soon keeps it by writing.
 * Comes after join codes and before the coach chat, so the commands work during a chat too.
 */
@Component
@Order(5)
class PrivacyCommands implements Diversion {

    private static final String YES = "1";
    private static final String NO = "2";

    private final Erasures erasures;
    private final MyDataLinks links;
    private final Retention retention;
    private final LocaleCatalog catalog;
    private final PrivacyProperties properties;
    private final String base;

    PrivacyCommands(Erasures erasures, MyDataLinks links, Retention retention, LocaleCatalog catalog,
            PrivacyProperties properties, @Value("${skilltalk.public-base-url}") String publicBaseUrl) {
        this.erasures = erasures;
        this.links = links;
        this.retention = retention;
        this.catalog = catalog;
        this.properties = properties;
        this.base = publicBaseUrl.replaceAll("/+$", "");
    }

    @Override
    public Optional<Diverted> divert(Participant participant, String text, String language, Instant at) {
        Optional<ErasureRequest> request = erasures.request(participant, at);
        if (request.isPresent()) {
            return Optional.of(request.get().confirmed() ? new Diverted(List.of(), false)
                    : answer(participant, text, language, at));
        }
        if (says(text, language, "privacy.words.delete_me")) {
            erasures.ask(participant, at);
            return Optional.of(new Diverted(List.of(new Reply(catalog.render(language, "privacy.delete.ask"),
                    List.of(new Choice(YES, catalog.render(language, "privacy.delete.yes")),
                            new Choice(NO, catalog.render(language, "privacy.delete.no"))), null)), false));
        }
        if (says(text, language, "privacy.words.my_data")) {
            MyDataLinks.Issued issued = links.issue(participant.id(), language);
            return Optional.of(new Diverted(List.of(
                    Reply.of(catalog.render(language, "privacy.my_data.link",
                            Map.of("link", base + "/my-data/" + issued.token()))),
                    Reply.of(catalog.render(language, "privacy.my_data.code", Map.of("code", issued.code(),
                            "minutes", properties.myData().linkValidFor().toMinutes())))), false));
        }
        if (retention.keep(participant, at)) {
            return Optional.of(new Diverted(List.of(Reply.of(catalog.render(language, "privacy.retention.kept"))),
                    true));
        }
        return Optional.empty();
    }

    /**
     * The answer to "delete everything?": 1, its label (a Telegram button sends the label) or yes deletes;
     * anything else keeps the data.
     */
    private Diverted answer(Participant participant, String text, String language, Instant at) {
        String said = Words.normalize(text);
        if (said.equals(YES) || said.equals(Words.normalize(catalog.render(language, "privacy.delete.yes")))
                || says(text, language, "engine.words.yes")) {
            erasures.confirm(participant.id(), at);
            return new Diverted(List.of(Reply.of(catalog.render(language, "privacy.delete.done"))), false);
        }
        erasures.withdraw(participant.id());
        return new Diverted(List.of(Reply.of(catalog.render(language, "privacy.delete.kept"))), true);
    }

    /** Whether the whole message is one of these words, in the client's language or the fallback. */
    private boolean says(String text, String language, String wordsKey) {
        return catalog.says(text, wordsKey, List.of(language, catalog.languages().get(0)));
    }
}
