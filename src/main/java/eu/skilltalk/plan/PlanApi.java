package eu.skilltalk.plan;

import eu.skilltalk.coach.ClientAccess;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The coach API for a client's action plan. Only the coach's own clients (404 otherwise); reads are audited. */
@RestController
@Tag(name = "Results", description = "Strengths and gaps against the client's goal")
class PlanApi {

    private final ClientAccess access;
    private final Plans plans;

    PlanApi(ClientAccess access, Plans plans) {
        this.access = access;
        this.plans = plans;
    }

    /**
     * <pre>{"items": [{"competence": "entrecomp.3.2", "action": "Make a list for tomorrow.", "dueOn": "2026-12-03",
     *  "answer": "yes", "answeredAt": "2026-12-03T09:05:00Z"}]}</pre>
     * {@code answer} is {@code yes}, {@code not_yet}, {@code help} or {@code null} before the follow-up.
     */
    record PlanJson(List<ItemJson> items) {
    }

    /** One action of a plan. */
    record ItemJson(String competence, String action, LocalDate dueOn, String answer, Instant answeredAt) {
    }

    @GetMapping(path = "/api/v1/participants/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
    PlanJson plan(@PathVariable String id) {
        access.participant(id, "plan.read");
        return new PlanJson(plans.items(id).stream()
                .map(i -> new ItemJson(i.competence(), i.action(), i.dueOn(), i.answer(), i.answeredAt())).toList());
    }
}
