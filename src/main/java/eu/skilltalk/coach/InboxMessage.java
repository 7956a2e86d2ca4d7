package eu.skilltalk.coach;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a coach chat: {@code in} from the client, {@code out} from a coach (named), {@code request}
 * when the client asked for their coach, or {@code help} when another module asked for help on the client's
 * behalf ({@link HelpRequests}: the text is what the client needs help with, {@code competence} its
 * competence id).
 *
 * <pre>{"participantId": "7f3c...", "direction": "in", "text": "I do not understand question 3",
 *  "coach": null, "competence": null, "at": "2026-11-28T10:00:00Z"}</pre>
 */
@Document("inbox_messages")
record InboxMessage(@Id String id, @Indexed String participantId, String direction, String text, String coach,
        String competence, Instant at) {

    static final String IN = "in";
    static final String OUT = "out";
    static final String REQUEST = "request";
    static final String HELP = "help";
}
