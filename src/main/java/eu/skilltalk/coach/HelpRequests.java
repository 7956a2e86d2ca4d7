package eu.skilltalk.coach;

import eu.skilltalk.participant.Participant;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How other modules tell a client's coach that the client needs help (the plan's follow-up answered "I need
 * help"): a line in the client's inbox thread, which only the coaches who see the client (and admins) read.
 */
@Component
public class HelpRequests {

    private final CoachInbox inbox;

    HelpRequests(CoachInbox inbox) {
        this.inbox = inbox;
    }

    /**
     * Whether a coach reads a request of this client: the client is in a cohort. Admins see the inbox of clients
     * in no cohort too, but they do not coach them, so such a client has nobody to ask.
     */
    public boolean reachCoach(Participant client) {
        return client.cohortId() != null;
    }

    /**
     * Asks the client's coach for help with {@code competence}, {@code what} saying with what (the client's
     * language and words). The same client, competence and moment make the same request: it is kept once, so a
     * caller may repeat it. Nothing happens for a client nobody coaches.
     */
    public void ask(Participant client, String competence, String what, Instant at) {
        if (reachCoach(client)) {
            inbox.help(client.id(), "help:" + client.id() + ":" + competence + ":" + at.toEpochMilli(), competence,
                    what, at);
        }
    }
}
