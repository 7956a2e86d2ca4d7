package eu.skilltalk.badge;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Awarded badges by client, and the revoked ones for the revocation list. */
interface BadgeAssertions extends MongoRepository<BadgeAssertion, String> {

    List<BadgeAssertion> findByParticipantIdOrderByIssuedOnDesc(String participantId);

    List<BadgeAssertion> findByRevokedAtNotNullOrderByRevokedAtAsc();
}
