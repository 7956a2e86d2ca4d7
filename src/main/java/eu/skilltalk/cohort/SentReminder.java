package eu.skilltalk.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The last nudge one rule gave one client, keyed {@code <reminder id>:<participant id>}. */
@Document("reminders_sent")
record SentReminder(@Id String id, Instant at) {
}
