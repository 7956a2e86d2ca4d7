package eu.skilltalk.coach;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The audit log, newest first. */
interface AuditEntries extends MongoRepository<AuditEntry, String> {

    List<AuditEntry> findByOrderByAtDesc(Pageable page);

    List<AuditEntry> findByParticipantIdOrderByAtDesc(String participantId, Pageable page);

    List<AuditEntry> findByCoachOrderByAtDesc(String coach, Pageable page);
}
