package eu.skilltalk.coach;

import eu.skilltalk.cohort.Cohort;
import eu.skilltalk.schedule.ScheduleProperties;
import eu.skilltalk.cohort.CohortService;
import eu.skilltalk.cohort.JoinLinks;
import eu.skilltalk.cohort.Members;
import eu.skilltalk.cohort.PromptProgress;
import eu.skilltalk.cohort.PromptSender;
import eu.skilltalk.cohort.Reminder;
import eu.skilltalk.cohort.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dashboard's cohort pages: the coach's cohorts and a form for a new one; a cohort with its join code,
 * Telegram link and QR code, who joined and where they are, prompts and reminder rules.
 */
@Controller
@Dashboard
class CohortPages {

    static final int MAX_NAME = 80;

    private final Access access;
    private final CohortService cohorts;
    private final Members members;
    private final ClientStatuses statuses;
    private final JoinLinks links;
    private final PromptSender sender;
    private final PromptRules rules;
    private final Reminders reminders;
    private final AuditLog audit;
    private final ScheduleProperties properties;
    private final Clock clock;

    CohortPages(Access access, CohortService cohorts, Members members, ClientStatuses statuses, JoinLinks links,
            PromptSender sender, PromptRules rules, Reminders reminders, AuditLog audit,
            ScheduleProperties properties, Clock clock) {
        this.access = access;
        this.cohorts = cohorts;
        this.members = members;
        this.statuses = statuses;
        this.links = links;
        this.sender = sender;
        this.rules = rules;
        this.reminders = reminders;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/coach")
    String cohorts(@AuthenticationPrincipal CoachPrincipal me, Model model) {
        model.addAttribute("cohorts", access.cohorts(me));
        return "coach/cohorts";
    }

    @PostMapping("/coach/cohorts")
    String create(@AuthenticationPrincipal CoachPrincipal me, @RequestParam String name, RedirectAttributes flash) {
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            flash.addFlashAttribute("error", "coach.cohorts.name_invalid");
            return "redirect:/coach";
        }
        return "redirect:/coach/cohorts/" + cohorts.create(name, me.coachId()).id();
    }

    @GetMapping("/coach/cohorts/{id}")
    String cohort(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id, Model model) {
        Cohort cohort = access.cohort(me, id);
        audit.read(me, "cohort.clients", null, cohort.id());
        model.addAttribute("cohort", cohort);
        model.addAttribute("telegramLink", links.telegram(cohort).orElse(null));
        model.addAttribute("clients", statuses.of(members.of(cohort.id())));
        model.addAttribute("prompts", sender.of(cohort.id()));
        model.addAttribute("reminders", reminders.findByCohortIdOrderByCreatedAtAsc(cohort.id()));
        model.addAttribute("dialogs", rules.dialogs());
        model.addAttribute("zone", properties.zone());
        return "coach/cohort";
    }

    @GetMapping(path = "/coach/cohorts/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return links.telegram(access.cohort(me, id)).map(link -> ResponseEntity.ok(links.qrPng(link)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/coach/cohorts/{id}/prompts")
    String prompt(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @RequestParam(required = false) String text, @RequestParam(required = false) String dialog,
            @RequestParam(required = false) String sendAt, RedirectAttributes flash) {
        Cohort cohort = access.cohort(me, id);
        String cleanText = PromptRules.given(text);
        String cleanDialog = PromptRules.given(dialog);
        Optional<Instant> at;
        try {
            at = Optional.ofNullable(PromptRules.given(sendAt))
                    .map(local -> LocalDateTime.parse(local).atZone(properties.zone()).toInstant());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("error", "coach.prompt.time_invalid");
            return "redirect:/coach/cohorts/" + id;
        }
        if (cleanText != null && cleanText.length() > InboxApi.MAX_REPLY
                || rules.problem(cohort, cleanText, cleanDialog, List.of()).isPresent()) {
            flash.addFlashAttribute("error", "coach.prompt.invalid");
            return "redirect:/coach/cohorts/" + id;
        }
        PromptProgress prompt = sender.send(cohort, me.coachId(), cleanText, cleanDialog, at.orElse(null), List.of());
        flash.addFlashAttribute("notice", prompt.status() == PromptProgress.Status.SCHEDULED ? "coach.prompt.scheduled"
                : "coach.prompt.sent");
        return "redirect:/coach/cohorts/" + id;
    }

    @PostMapping("/coach/cohorts/{id}/reminders")
    String remind(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @RequestParam int inactiveDays, @RequestParam(required = false) String dialog, RedirectAttributes flash) {
        Cohort cohort = access.cohort(me, id);
        String cleanDialog = PromptRules.given(dialog);
        if (inactiveDays < 1 || inactiveDays > 60 || rules.unknownDialog(cleanDialog).isPresent()) {
            flash.addFlashAttribute("error", "coach.reminders.invalid");
        } else {
            reminders.insert(new Reminder(UUID.randomUUID().toString(), cohort.id(), inactiveDays, cleanDialog,
                    me.coachId(), clock.instant()));
            flash.addFlashAttribute("notice", "coach.reminders.saved");
        }
        return "redirect:/coach/cohorts/" + id;
    }

    @PostMapping("/coach/cohorts/{id}/reminders/{reminderId}/delete")
    String forget(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id, @PathVariable String reminderId) {
        Cohort cohort = access.cohort(me, id);
        reminders.findById(reminderId).filter(r -> r.cohortId().equals(cohort.id())).ifPresent(reminders::delete);
        return "redirect:/coach/cohorts/" + id;
    }
}
