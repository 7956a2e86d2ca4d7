package eu.skilltalk.coach;

import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.cohort.Cohorts;
import eu.skilltalk.participant.Participant;
import eu.skilltalk.participant.Participants;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one place that decides what a coach may see: their own cohorts and those cohorts' clients; an admin
 * sees all, including clients in no cohort. Anything else is "not found", so a coach cannot even learn
 * that another coach's client exists. Every read of a client goes to the audit log, refused ones too.
 */
@Component
class Access {

    private final Cohorts cohorts;
    private final Participants participants;
    private final AuditLog audit;

    Access(Cohorts cohorts, Participants participants, AuditLog audit) {
        this.cohorts = cohorts;
        this.participants = participants;
        this.audit = audit;
    }

    List<Cohort> cohorts(CoachPrincipal who) {
        return who.admin() ? cohorts.findAllByOrderByCreatedAtDesc()
                : cohorts.findByCoachIdOrderByCreatedAtDesc(who.coachId());
    }

    Cohort cohort(CoachPrincipal who, String cohortId) {
        return cohorts.findById(cohortId).filter(c -> who.admin() || c.coachId().equals(who.coachId()))
                .orElseThrow(() -> notFound("cohort"));
    }

    /** A client of this coach, read for {@code action} (audited); 404 when there is none. */
    Participant participant(CoachPrincipal who, String participantId, String action) {
        Participant participant = participants.findById(participantId).orElseThrow(() -> notFound("client"));
        if (!sees(who, participant)) {
            audit.denied(who, action, participantId, participant.cohortId());
            throw notFound("client");
        }
        audit.read(who, action, participant.id(), participant.cohortId());
        return participant;
    }

    /** The client at this channel address if this coach may see them (audited). */
    Optional<Participant> byAddress(CoachPrincipal who, String address) {
        Optional<Participant> found = participants.findByAddress(address);
        found.ifPresent(p -> {
            if (sees(who, p)) {
                audit.read(who, "participant.lookup", p.id(), p.cohortId());
            } else {
                audit.denied(who, "participant.lookup", p.id(), p.cohortId());
            }
        });
        return found.filter(p -> sees(who, p));
    }

    boolean sees(CoachPrincipal who, Participant participant) {
        if (who.admin()) {
            return true;
        }
        return participant.cohortId() != null && cohorts.findById(participant.cohortId())
                .map(c -> c.coachId().equals(who.coachId())).orElse(false);
    }

    static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such " + what);
    }
}
