package eu.skilltalk.plan;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A client's plan: one document per client in {@code plans}, under the client's id. */
@Document("plans")
record Plan(@Id String participantId, List<PlanItem> items, Instant updatedAt) {

    Plan {
        items = List.copyOf(items);
    }
}
