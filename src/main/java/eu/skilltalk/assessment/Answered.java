package eu.skilltalk.assessment;

import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.dialog.Event;
import java.time.Instant;

/** An answer as results read it, from the answer log or from the turn that is being committed. */
record Answered(String dialog, String step, String value, String competence, Instant at) {

    static Answered of(RecordedAnswer answer) {
        return new Answered(answer.dialog(), answer.step(), answer.value(), answer.competence(), answer.at());
    }

    static Answered of(Event.AnswerRecorded answer) {
        return new Answered(answer.dialog(), answer.step(), answer.value(), answer.competence(), answer.at());
    }
}
