package eu.skilltalk.coach;

import eu.skilltalk.participant.Participant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link Access} for other modules' API calls and pages, acting for the signed-in coach: a client of another
 * coach is "not found" (404) and every read is audited, exactly as in the coach module.
 */
@Component
public class ClientAccess {

    private final Access access;

    ClientAccess(Access access) {
        this.access = access;
    }

    /** The signed-in coach's client, read for {@code action} (audited); a 404 exception when there is none. */
    public Participant participant(String participantId, String action) {
        if (participantId == null) {
            throw Access.notFound("client");
        }
        return access.participant(me(), participantId, action);
    }

    /** The signed-in coach's user name, for records of who did what. */
    public String coach() {
        return me().getUsername();
    }

    private static CoachPrincipal me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoachPrincipal coach) {
            return coach;
        }
        throw new IllegalStateException("No coach is signed in");
    }
}
