package eu.skilltalk.coach;

import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.cohort.CohortService;
import eu.skilltalk.cohort.Cohorts;
import eu.skilltalk.cohort.JoinLinks;
import eu.skilltalk.cohort.Members;
import eu.skilltalk.cohort.Prompt;
import eu.skilltalk.cohort.PromptProgress;
import eu.skilltalk.cohort.PromptSender;
import eu.skilltalk.cohort.Reminder;
import eu.skilltalk.cohort.Reminders;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/cohorts}: a coach's cohorts, their clients, prompts and reminder rules. A cohort of
 * another coach is "not found"; an admin sees all.
 */
@RestController
@RequestMapping(path = "/api/v1/cohorts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cohorts", description = "Cohorts, their clients, prompts and reminders")
class CohortsApi {

    private final Access access;
    private final CohortService cohorts;
    private final Members members;
    private final ClientStatuses statuses;
    private final JoinLinks links;
    private final PromptSender sender;
    private final Reminders reminders;
    private final PromptRules rules;
    private final CohortExport export;
    private final CoachAccounts accounts;
    private final Cohorts cohortStore;
    private final AuditLog audit;
    private final Clock clock;

    CohortsApi(Access access, CohortService cohorts, Members members, ClientStatuses statuses, JoinLinks links,
            PromptSender sender, Reminders reminders, PromptRules rules, CohortExport export, AuditLog audit,
            CoachAccounts accounts, Cohorts cohortStore, Clock clock) {
        this.accounts = accounts;
        this.cohortStore = cohortStore;
        this.access = access;
        this.cohorts = cohorts;
        this.members = members;
        this.statuses = statuses;
        this.links = links;
        this.sender = sender;
        this.reminders = reminders;
        this.rules = rules;
        this.export = export;
        this.audit = audit;
        this.clock = clock;
    }

    /** <pre>{"name": "Workshop May"}</pre> */
    record NewCohort(@NotBlank @Size(max = 80) String name) {
    }

    /** <pre>{"id": "c0ffee...", "name": "Workshop May", "joinCode": "K7MPX3", "telegramLink": "https://t.me/..."}</pre> */
    record CohortJson(String id, String name, String joinCode, String coachId, String telegramLink, Instant createdAt) {
    }

    /**
     * <pre>{"text": "What did you learn today? Tell me in one sentence.", "sendAt": "2026-11-28T17:00:00Z"}</pre>
     * or <pre>{"dialog": "selfcheck", "participantIds": ["7f3c..."]}</pre>
     */
    record PromptRequest(@Size(max = 1000) String text, String dialog, Instant sendAt, List<String> participantIds) {
    }

    /**
     * A prompt and how far it has come: {@code recipients} clients handed it so far, of whom {@code done} got it,
     * {@code skipped} were left out (said stop since, or not yet consented to a dialog) and {@code failed} could
     * not be reached. {@code status}: SCHEDULED, SENDING, SENT or CANCELLED.
     *
     * <pre>{"id": "5e1d...", "text": "What did you learn today?", "dialog": null, "sendAt": "2026-11-28T17:00:00Z",
     *  "status": "SENDING", "broadcastId": "b-51f0", "recipients": 120, "done": 117, "skipped": 2, "failed": 0,
     *  "createdAt": "2026-11-28T09:12:00Z"}</pre>
     */
    record PromptJson(String id, String text, String dialog, Instant sendAt, PromptProgress.Status status,
            String broadcastId, long recipients, long done, long skipped, long failed, Instant createdAt) {

        static PromptJson of(PromptProgress progress) {
            Prompt p = progress.prompt();
            return new PromptJson(p.id(), p.text(), p.dialog(), p.sendAt(), progress.status(), p.broadcastId(),
                    progress.recipients(), progress.done(), progress.skipped(), progress.failed(), p.createdAt());
        }
    }

    /** <pre>{"inactiveDays": 2, "dialog": "selfcheck"}</pre> */
    record ReminderRequest(@Min(1) @Max(60) int inactiveDays, String dialog) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CohortJson> create(@AuthenticationPrincipal CoachPrincipal me,
            @Valid @RequestBody NewCohort request) {
        Cohort cohort = cohorts.create(request.name(), me.coachId());
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + cohort.id())).body(json(cohort));
    }

    @GetMapping
    List<CohortJson> list(@AuthenticationPrincipal CoachPrincipal me) {
        return access.cohorts(me).stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    CohortJson get(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return json(access.cohort(me, id));
    }

    /** <pre>{"coachId": "9a1b..."}</pre>: an admin hands the cohort over to another coach. */
    record CohortChange(@NotBlank String coachId) {
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CohortJson handOver(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @Valid @RequestBody CohortChange change) {
        Cohort cohort = access.cohort(me, id);
        if (!me.admin()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an admin hands a cohort over");
        }
        Coach coach = accounts.find(change.coachId())
                .orElseThrow(() -> badRequest("coachId: no coach '" + change.coachId() + "'"));
        return json(cohortStore.save(cohort.withCoach(coach.id())));
    }

    @GetMapping("/{id}/participants")
    List<ClientJson> participants(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        Cohort cohort = access.cohort(me, id);
        audit.read(me, "cohort.clients", null, cohort.id());
        return statuses.of(members.of(cohort.id())).stream().map(s -> ClientJson.of(s, false)).toList();
    }

    /** {@code ?format=json} (default) or {@code csv}; {@code personal=true} adds addresses and names. */
    @GetMapping(path = "/{id}/export", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> export(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "false") boolean personal) {
        Cohort cohort = access.cohort(me, id);
        if (!format.equals("json") && !format.equals("csv")) {
            throw badRequest("format: json or csv");
        }
        audit.read(me, personal ? "cohort.export.personal" : "cohort.export", null, cohort.id());
        CohortExport.Export data = export.of(cohort, personal);
        String file = "cohort-" + cohort.joinCode() + "." + format;
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        return format.equals("csv")
                ? response.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(export.csv(data))
                : response.contentType(MediaType.APPLICATION_JSON).body(data);
    }

    @GetMapping(path = "/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] qr(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        Cohort cohort = access.cohort(me, id);
        return links.qrPng(links.telegram(cohort).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No Telegram link: skilltalk.telegram.bot-username is not set")));
    }

    @PostMapping(path = "/{id}/prompts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PromptJson> prompt(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @Valid @RequestBody PromptRequest request) {
        Cohort cohort = access.cohort(me, id);
        String text = PromptRules.given(request.text());
        String dialog = PromptRules.given(request.dialog());
        List<String> chosen = request.participantIds() == null ? List.of() : request.participantIds();
        rules.problem(cohort, text, dialog, chosen).ifPresent(problem -> {
            throw badRequest(problem);
        });
        return ResponseEntity.accepted()
                .body(PromptJson.of(sender.send(cohort, me.coachId(), text, dialog, request.sendAt(), chosen)));
    }

    @GetMapping("/{id}/prompts")
    List<PromptJson> prompts(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return sender.of(access.cohort(me, id).id()).stream().map(PromptJson::of).toList();
    }

    @PostMapping(path = "/{id}/reminders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Reminder> remind(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @Valid @RequestBody ReminderRequest request) {
        Cohort cohort = access.cohort(me, id);
        String dialog = PromptRules.given(request.dialog());
        rules.unknownDialog(dialog).ifPresent(problem -> {
            throw badRequest(problem);
        });
        Reminder reminder = reminders.insert(new Reminder(UUID.randomUUID().toString(), cohort.id(),
                request.inactiveDays(), dialog, me.coachId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/cohorts/" + cohort.id() + "/reminders/" + reminder.id()))
                .body(reminder);
    }

    @GetMapping("/{id}/reminders")
    List<Reminder> reminders(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return reminders.findByCohortIdOrderByCreatedAtAsc(access.cohort(me, id).id());
    }

    @DeleteMapping("/{id}/reminders/{reminderId}")
    ResponseEntity<Void> forget(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @PathVariable String reminderId) {
        Cohort cohort = access.cohort(me, id);
        Reminder reminder = reminders.findById(reminderId).filter(r -> r.cohortId().equals(cohort.id()))
                .orElseThrow(() -> Access.notFound("reminder"));
        reminders.delete(reminder);
        return ResponseEntity.noContent().build();
    }

    private CohortJson json(Cohort cohort) {
        return new CohortJson(cohort.id(), cohort.name(), cohort.joinCode(), cohort.coachId(),
                links.telegram(cohort).orElse(null), cohort.createdAt());
    }

    static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
