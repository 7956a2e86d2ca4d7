package eu.skilltalk.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A coach's group of clients, e.g. this month's workshop. Clients join by sending the join code.
 *
 * <pre>{"id": "c0ffee...", "name": "Workshop May", "joinCode": "K7MPX3", "coachId": "9a1b...",
 *  "createdAt": "2026-11-28T09:00:00Z"}</pre>
 */
@Document("cohorts")
public record Cohort(@Id String id, String name, @Indexed(unique = true) String joinCode, @Indexed String coachId,
        Instant createdAt) {

    /** The same cohort under another coach (an admin hands it over). */
    public Cohort withCoach(String otherCoachId) {
        return new Cohort(id, name, joinCode, otherCoachId, createdAt);
    }
}
