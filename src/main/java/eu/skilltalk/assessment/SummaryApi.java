package eu.skilltalk.assessment;

import eu.skilltalk.coach.ClientAccess;
import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.Competence;
import eu.skilltalk.dialog.Framework;
import eu.skilltalk.dialog.Profiles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coach API for results: a client's summary, and the desired levels a coach sets for one client instead
 * of the goal profile's. Only the coach's own clients (404 otherwise); reads are audited.
 */
@RestController
@RequestMapping(path = "/api/v1/participants/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Results", description = "Strengths and gaps against the client's goal")
class SummaryApi {

    private final ClientAccess access;
    private final Summaries summaries;
    private final Framework framework;

    SummaryApi(ClientAccess access, Summaries summaries, Content content) {
        this.access = access;
        this.summaries = summaries;
        this.framework = content.dialogs().framework();
    }

    /**
     * <pre>{"profile": "cleaner", "competences": [{"id": "entrecomp.3.2", "score": 3.5, "desired": 4, "gap": 0.5}],
     *  "strengths": ["skills21.collaboration"], "gaps": ["entrecomp.3.2"]}</pre>
     */
    record SummaryJson(String profile, List<CompetenceJson> competences, List<String> strengths,
            List<String> gaps) {

        static SummaryJson of(Summary summary) {
            return new SummaryJson(summary.profile(), summary.competences().stream()
                    .map(c -> new CompetenceJson(c.id(), c.score(), c.desired(), c.gap())).toList(),
                    summary.strengths(), summary.gaps());
        }
    }

    /** One competence of a summary. */
    record CompetenceJson(String id, double score, int desired, double gap) {
    }

    /** <pre>{"levels": {"entrecomp.3.2": 4}}</pre> (an empty map: the goal profile's levels again) */
    record DesiredLevels(@NotNull Map<String, Integer> levels) {
    }

    @GetMapping("/summary")
    SummaryJson summary(@PathVariable String id) {
        access.participant(id, "summary.read");
        return SummaryJson.of(summaries.current(id).summary());
    }

    @PutMapping(path = "/desired-levels", consumes = MediaType.APPLICATION_JSON_VALUE)
    SummaryJson desired(@PathVariable String id, @Valid @RequestBody DesiredLevels request) {
        access.participant(id, "summary.desired");
        request.levels().forEach((competence, level) -> {
            if (framework.competence(competence).isEmpty()) {
                throw badRequest("levels: no competence '" + competence + "'");
            }
            if (level == null || level < Profiles.MIN_LEVEL || level > Profiles.MAX_LEVEL) {
                throw badRequest("levels." + competence + ": a level from " + Profiles.MIN_LEVEL + " to "
                        + Profiles.MAX_LEVEL);
            }
        });
        List<SummaryInputs.Level> levels = framework.competences().stream().map(Competence::id)
                .filter(request.levels()::containsKey)
                .map(c -> new SummaryInputs.Level(c, request.levels().get(c))).toList();
        summaries.override(id, levels, access.coach());
        return SummaryJson.of(summaries.current(id).summary());
    }

    private static ResponseStatusException badRequest(String reason) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
    }
}
