package eu.skilltalk.conversation;

import eu.skilltalk.dialog.Reply;
import eu.skilltalk.participant.Participant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes a client's message away from the dialog engine when it is meant for something else, such as a
 * cohort's join code or a message for the coach. {@link ConversationService} asks every diversion, in
 * {@link org.springframework.core.annotation.Order order}, before the engine; the first that takes the
 * message wins.
 */
public interface Diversion {

    /**
     * What this diversion made of the message, or empty to leave it to the engine.
     *
     * @param participant the client, already stored
     * @param text        the message text, never {@code null} (media always goes to the engine)
     * @param language    the language the client reads, one of the shipped ones
     */
    Optional<Diverted> divert(Participant participant, String text, String language, Instant at);

    /**
     * A message a diversion took.
     *
     * @param replies what the client is told first
     * @param resume  whether the conversation then goes on: a new client's first dialog starts, anyone
     *                else hears their current question again
     * @param dialog  a dialog that starts now instead (a command such as {@code plan}), leaving any waiting
     *                question behind; {@code null} for none
     */
    record Diverted(List<Reply> replies, boolean resume, String dialog) {

        public Diverted {
            replies = List.copyOf(replies);
        }

        public Diverted(List<Reply> replies, boolean resume) {
            this(replies, resume, null);
        }

        /** The message was a command that starts {@code dialog}. */
        public static Diverted starting(String dialog) {
            return new Diverted(List.of(), false, dialog);
        }
    }
}
