package eu.skilltalk.coach;

import eu.skilltalk.cohort.Cohorts;
import eu.skilltalk.participant.Participant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /coach/participants/{id}}: one client, where they stand, and every {@link ParticipantSection}. */
@Controller
@Dashboard
class ParticipantPage {

    static final int MAX_NOTE = 500;

    private final Access access;
    private final ClientStatuses statuses;
    private final Cohorts cohorts;
    private final CoachInbox inbox;
    private final ObservationBook observations;
    private final List<ParticipantSection> sections;

    ParticipantPage(Access access, ClientStatuses statuses, Cohorts cohorts, CoachInbox inbox, ObservationBook observations,
            List<ParticipantSection> sections) {
        this.access = access;
        this.statuses = statuses;
        this.cohorts = cohorts;
        this.inbox = inbox;
        this.observations = observations;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ParticipantSection::order)).toList();
    }

    /** One section as the page renders it. */
    record SectionView(String template, Object model) {
    }

    @GetMapping("/coach/participants/{id}")
    String page(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id, Locale locale, Model model) {
        Participant client = access.participant(me, id, "participant.read");
        model.addAttribute("client", statuses.of(client));
        model.addAttribute("cohort", client.cohortId() == null ? null : cohorts.findById(client.cohortId()).orElse(null));
        model.addAttribute("chatOpen", inbox.openThread(client).isPresent());
        model.addAttribute("sections", sections.stream()
                .map(s -> new SectionView(s.template(), s.model(client.id(), locale))).toList());
        return "coach/participant";
    }

    @PostMapping("/coach/participants/{id}/observations")
    String observe(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id,
            @RequestParam String competence, @RequestParam int level, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        Participant client = access.participant(me, id, "observations.write");
        boolean valid = level >= 1 && level <= 5 && (note == null || note.length() <= MAX_NOTE)
                && observations.record(client, me, competence, level, note).isPresent();
        flash.addFlashAttribute(valid ? "notice" : "error",
                valid ? "coach.observations.saved" : "coach.observations.invalid");
        return "redirect:/coach/participants/" + id;
    }
}
