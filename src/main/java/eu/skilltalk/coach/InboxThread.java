package eu.skilltalk.coach;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client's chat with their coach, stored under the participant's id. While it is open, what the client
 * writes (except commands) goes to the coach instead of the dialog.
 *
 * @param lastDirection {@code in} when the client wrote last, {@code out} when the coach did
 * @param unread        client messages the coach has not opened yet
 */
@Document("inbox_threads")
record InboxThread(@Id String participantId, boolean open, Instant openedAt, Instant lastMessageAt,
        String lastDirection, int unread) {
}
