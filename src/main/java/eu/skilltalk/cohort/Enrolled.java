package eu.skilltalk.cohort;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** When a client joined their current cohort, stored under the participant's id. */
@Document("enrolments")
record Enrolled(@Id String participantId, String cohortId, Instant at) {
}
