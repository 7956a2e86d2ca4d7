package eu.skilltalk.coach;

import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.participant.Participant;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/participants}: look a client up by channel address, read where they stand, their answers
 * and observations, and record an observation. Only the coach's own clients; every read is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/participants", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Participants", description = "Clients, their answers and observations")
class ParticipantsApi {

    private final Access access;
    private final ClientStatuses statuses;
    private final Answers answers;
    private final ObservationBook observations;

    ParticipantsApi(Access access, ClientStatuses statuses, Answers answers, ObservationBook observations) {
        this.access = access;
        this.statuses = statuses;
        this.answers = answers;
        this.observations = observations;
    }

    /** <pre>{"competence": "entrecomp.3.1", "level": 3, "note": "Took the initiative in the group task"}</pre> */
    record NewObservation(@NotBlank String competence, @Min(1) @Max(5) int level, @Size(max = 500) String note) {
    }

    /** {@code ?address=simulator:abc}: a list with the client, or an empty list. */
    @GetMapping
    List<ClientJson> byAddress(@AuthenticationPrincipal CoachPrincipal me, @RequestParam String address) {
        return access.byAddress(me, address.strip()).map(p -> ClientJson.of(statuses.of(p), true)).stream().toList();
    }

    @GetMapping("/{id}")
    ClientJson get(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return ClientJson.of(statuses.of(access.participant(me, id, "participant.read")), false);
    }

    /** The client's answer log, oldest first (only answers given after consent are ever stored). */
    @GetMapping("/{id}/answers")
    List<RecordedAnswer> answers(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return answers.findByParticipantIdOrderByAtAsc(access.participant(me, id, "answers.read").id());
    }

    @GetMapping("/{id}/observations")
    List<Observation> observations(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return observations.of(access.participant(me, id, "observations.read").id());
    }

    @PostMapping(path = "/{id}/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Observation> observe(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @Valid @RequestBody NewObservation request) {
        Participant client = access.participant(me, id, "observations.write");
        Observation observation = observations.record(client, me, request.competence(), request.level(),
                request.note()).orElseThrow(() -> CohortsApi.badRequest("competence: no competence '"
                        + request.competence() + "'"));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + id + "/observations")).body(observation);
    }
}
