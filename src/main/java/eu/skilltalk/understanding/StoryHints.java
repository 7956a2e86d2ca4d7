package eu.skilltalk.understanding;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Evidence hints of clients' stories, one document per story; for the coach, beside the answer log. */
public interface StoryHints extends MongoRepository<StoryHint, String> {

    List<StoryHint> findByParticipantIdOrderByAtAsc(String participantId);
}
