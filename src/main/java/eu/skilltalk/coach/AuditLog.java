package eu.skilltalk.coach;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Writes and reads the audit log of reads of clients' data. */
@Service
class AuditLog {

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    void read(CoachPrincipal who, String action, String participantId, String cohortId) {
        write(who, action, participantId, cohortId, true);
    }

    /** A read that was refused: the client exists but is not this coach's. */
    void denied(CoachPrincipal who, String action, String participantId, String cohortId) {
        write(who, action, participantId, cohortId, false);
    }

    /** The newest entries, for one client or one coach when given. */
    List<AuditEntry> newest(String participantId, String coach, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        if (participantId != null) {
            return entries.findByParticipantIdOrderByAtDesc(participantId, page);
        }
        if (coach != null) {
            return entries.findByCoachOrderByAtDesc(CoachAccounts.normalize(coach), page);
        }
        return entries.findByOrderByAtDesc(page);
    }

    private void write(CoachPrincipal who, String action, String participantId, String cohortId, boolean allowed) {
        entries.insert(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), who.getUsername(), action,
                participantId, cohortId, allowed));
    }
}
