package eu.skilltalk.coach;

import eu.skilltalk.conversation.Answers;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The client page's answer log: what was asked, what the client answered, when. */
@Component
class AnswersSection implements ParticipantSection {

    private final Answers answers;

    AnswersSection(Answers answers) {
        this.answers = answers;
    }

    @Override
    public String template() {
        return "coach/sections/answers";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Object model(String participantId, Locale locale) {
        return answers.findByParticipantIdOrderByAtAsc(participantId);
    }
}
