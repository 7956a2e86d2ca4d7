package eu.skilltalk.plan;

import eu.skilltalk.content.Content;
import eu.skilltalk.conversation.Diversion;
import eu.skilltalk.locale.LocaleCatalog;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code plan} command ({@code plan.words.command} in every language): at any time, a client who consented
 * sees their plan and may make or change it ({@code dialogs/myplan.yaml}).
 */
@Component
@Order(6)
class PlanCommand implements Diversion {

    /** The dialog the command starts. */
    static final String DIALOG = "myplan";

    private final LocaleCatalog catalog;

    PlanCommand(Content content) {
        this.catalog = content.catalog();
    }

    @Override
    public Optional<Diverted> divert(Participant participant, String text, String language, Instant at) {
        boolean command = catalog.says(text, "plan.words.command", List.of(language));
        return command && participant.consented() ? Optional.of(Diverted.starting(DIALOG)) : Optional.empty();
    }
}
