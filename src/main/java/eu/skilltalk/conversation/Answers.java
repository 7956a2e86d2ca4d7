package eu.skilltalk.conversation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The append-only answer log. */
public interface Answers extends MongoRepository<RecordedAnswer, String> {

    List<RecordedAnswer> findByParticipantIdOrderByAtAsc(String participantId);

    /** Many clients' answers in one read (a cohort's export), oldest first. */
    List<RecordedAnswer> findByParticipantIdInOrderByAtAsc(Collection<String> participantIds);
}
