package eu.skilltalk.coach;

import eu.skilltalk.conversation.Diversion;
import eu.skilltalk.dialog.Command;
import eu.skilltalk.dialog.Reply;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * While a client's coach chat is open, their messages go to the coach instead of the dialog. Commands
 * (help, stop, pause, ...) still reach the engine, so they always work. The client is told once that the
 * coach got their message, not after every line (each SMS costs money).
 */
@Component
@Order(10)
class InboxDiversion implements Diversion {

    private final CoachInbox inbox;
    private final LocaleCatalog catalog;
    private final CoachProperties properties;

    InboxDiversion(CoachInbox inbox, LocaleCatalog catalog, CoachProperties properties) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.properties = properties;
    }

    @Override
    public Optional<Diverted> divert(Participant participant, String text, String language, Instant at) {
        Optional<InboxThread> thread = inbox.openThread(participant);
        if (thread.isEmpty() || Command.in(text, language, catalog).isPresent()) {
            return Optional.empty();
        }
        if (thread.get().lastMessageAt().plus(properties.inboxTimeout()).isBefore(at)) {
            inbox.expire(participant.id());
            return Optional.empty();
        }
        boolean acknowledge = inbox.fromClient(participant.id(), text, at);
        return Optional.of(new Diverted(acknowledge ? List.of(Reply.of(catalog.render(language, "inbox.sent")))
                : List.of(), false));
    }
}
