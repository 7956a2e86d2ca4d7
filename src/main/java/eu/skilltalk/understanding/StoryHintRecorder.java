package eu.skilltalk.understanding;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.dialog.Event;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's evidence hints and the client's checks of them, like answers only after consent. The
 * conversation publishes events after it stored the turn, so consent given in the same turn counts.
 */
@Component
class StoryHintRecorder {

    private final StoryHints hints;
    private final MongoTemplate mongo;

    StoryHintRecorder(StoryHints hints, MongoTemplate mongo) {
        this.hints = hints;
        this.mongo = mongo;
    }

    @EventListener
    void on(ConversationEvent published) {
        String participant = published.participantId();
        if (published.event() instanceof Event.EvidenceHinted hinted && published.consented()) {
            hints.save(new StoryHint(StoryHint.idFor(participant, hinted.dialog(), hinted.step(), hinted.at()),
                    participant, hinted.dialog(), hinted.step(), hinted.at(), hinted.hints(), List.of()));
        } else if (published.event() instanceof Event.EvidenceChecked checked) {
            // Pushed onto the story's hints; nothing happens when they were not kept (no consent).
            mongo.updateFirst(Query.query(Criteria.where("_id")
                    .is(StoryHint.idFor(participant, checked.dialog(), checked.step(), checked.storyAt()))),
                    new Update().push("checks", new StoryHint.Check(checked.competence(), checked.agrees(),
                            checked.at())), StoryHint.class);
        }
    }
}
