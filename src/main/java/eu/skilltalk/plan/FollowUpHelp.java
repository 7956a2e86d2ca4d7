package eu.skilltalk.plan;

import eu.skilltalk.coach.HelpRequests;
import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.dialog.Event;
import eu.skilltalk.participant.Participants;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the client's coach when a follow-up is answered "I need help": a line in the coach's inbox with the
 * action and its growth point. It reacts to the answer's event, which the conversation publishes after the
 * turn (and the answer in the plan) was stored, and again when it applies the turn once more after a crash;
 * the request is the same each time (client, growth point, the turn's time), so the coach gets it once.
 */
@Component
class FollowUpHelp {

    private final Plans plans;
    private final Participants participants;
    private final HelpRequests help;

    FollowUpHelp(Plans plans, Participants participants, HelpRequests help) {
        this.plans = plans;
        this.participants = participants;
        this.help = help;
    }

    @EventListener
    void on(ConversationEvent published) {
        if (published.event() instanceof Event.AnswerRecorded answer
                && Plans.FOLLOW_UP_DIALOG.equals(answer.dialog()) && PlanItem.HELP.equals(answer.value())) {
            participants.findById(published.participantId()).ifPresent(client -> plans
                    .answeredAt(client.id(), answer.at()).filter(item -> PlanItem.HELP.equals(item.answer()))
                    .ifPresent(item -> help.ask(client, item.competence(), item.action(), answer.at())));
        }
    }
}
