package eu.skilltalk.coach;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.cohort.Members;
import eu.skilltalk.conversation.Answers;
import eu.skilltalk.conversation.RecordedAnswer;
import eu.skilltalk.participant.Participant;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A cohort's results for the project's reports: each client's answers about competences (the value, not
 * what the client typed; answers such as their name are left out) and the coaches' observations, as JSON
 * or CSV. Clients appear by id; their address and chosen name only when
 * asked for.
 */
@Component
class CohortExport {

    static final String CSV_HEADER = "participantId,address,name,language,kind,dialog,step,competence,value,note,at";

    private final Members members;
    private final ClientStatuses statuses;
    private final Answers answers;
    private final ObservationBook observations;
    private final Clock clock;

    CohortExport(Members members, ClientStatuses statuses, Answers answers, ObservationBook observations, Clock clock) {
        this.members = members;
        this.statuses = statuses;
        this.answers = answers;
        this.observations = observations;
        this.clock = clock;
    }

    /** <pre>{"cohortId": "c0ffee...", "cohortName": "May", "exportedAt": "...", "participants": [...]}</pre> */
    record Export(String cohortId, String cohortName, Instant exportedAt, List<ClientResults> participants) {
    }

    /** One client's results; {@code address} and {@code name} only when asked for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClientResults(String id, String address, String name, String language, Instant joinedAt, String status,
            List<String> finished, List<Result> results) {
    }

    /**
     * An answer ({@code kind} {@code answer}: dialog, step, competence, value) or an observation
     * ({@code observation}: competence, level as value, note, coach).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String kind, String dialog, String step, String competence, String value, String note, String coach,
            Instant at) {
    }

    /**
     * Reads the cohort's answers and observations once each, not once a client: the embedded store reads a
     * whole collection for each such query, and MongoDB answers one query in place of a round trip a client.
     */
    Export of(Cohort cohort, boolean personal) {
        List<ClientStatus> memberStatuses = statuses.of(members.of(cohort.id()));
        List<String> ids = memberStatuses.stream().map(s -> s.participant().id()).toList();
        Map<String, List<RecordedAnswer>> answered = answers.findByParticipantIdInOrderByAtAsc(ids).stream()
                .filter(a -> a.competence() != null).collect(Collectors.groupingBy(RecordedAnswer::participantId));
        Map<String, List<Observation>> observed = observations.of(ids);
        List<ClientResults> clients = new ArrayList<>();
        for (ClientStatus status : memberStatuses) {
            Participant p = status.participant();
            List<Result> results = Stream.concat(
                    answered.getOrDefault(p.id(), List.of()).stream().map(a -> new Result("answer", a.dialog(),
                            a.step(), a.competence(), a.value(), null, null, a.at())),
                    observed.getOrDefault(p.id(), List.of()).stream().map(o -> new Result("observation", null, null,
                            o.competence(), String.valueOf(o.level()), o.note(), o.coach(), o.at()))).toList();
            clients.add(new ClientResults(p.id(), personal ? p.address() : null, personal ? status.name() : null,
                    p.language(), status.joinedAt(), status.status(), status.finished(), results));
        }
        return new Export(cohort.id(), cohort.name(), clock.instant(), clients);
    }

    /** The same as CSV (RFC 4180), one row per answer or observation. */
    String csv(Export export) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (ClientResults client : export.participants()) {
            for (Result r : client.results()) {
                csv.append(Stream.of(client.id(), client.address(), client.name(), client.language(), r.kind(),
                        r.dialog(), r.step(), r.competence(), r.value(), r.note(), r.at() == null ? null : r.at().toString())
                        .map(CohortExport::cell).collect(Collectors.joining(","))).append("\r\n");
            }
        }
        return csv.toString();
    }

    /**
     * One CSV cell: quoted when needed, and a leading {@code = + - @} defused so a spreadsheet never runs
     * a client's text as a formula.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
