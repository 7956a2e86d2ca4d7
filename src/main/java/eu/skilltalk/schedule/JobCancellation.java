package eu.skilltalk.schedule;

import eu.skilltalk.conversation.ConversationEvent;
import eu.skilltalk.dialog.Event;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Cancels a client's jobs when they say stop, and their reminders about a dialog when they finish it. */
@Component
class JobCancellation {

    private final Jobs jobs;

    JobCancellation(Jobs jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(ConversationEvent event) {
        if (event.event() instanceof Event.Stopped) {
            jobs.cancelAll(event.participantId());
        } else if (event.event() instanceof Event.DialogCompleted completed) {
            jobs.cancelReminders(event.participantId(), completed.dialog());
        }
    }
}
