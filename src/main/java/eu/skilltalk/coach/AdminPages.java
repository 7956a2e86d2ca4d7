package eu.skilltalk.coach;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /coach/admin}: admins manage coach accounts and read the audit log. */
@Controller
@Dashboard
class AdminPages {

    private final CoachAccounts accounts;
    private final AuditLog audit;

    AdminPages(CoachAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/coach/admin/coaches")
    String coaches(Model model) {
        model.addAttribute("coaches", accounts.all());
        return "coach/coaches";
    }

    @PostMapping("/coach/admin/coaches")
    String create(@Valid @ModelAttribute CoachesApi.NewCoach request, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "coach.coaches.invalid");
        } else if (accounts.create(request.username(), request.password(), request.displayName(),
                request.role() == null ? Role.COACH : request.role()).isEmpty()) {
            flash.addFlashAttribute("error", "coach.coaches.taken");
        } else {
            flash.addFlashAttribute("notice", "coach.coaches.created");
        }
        return "redirect:/coach/admin/coaches";
    }

    @PostMapping("/coach/admin/coaches/{id}/enabled")
    String enable(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id, @RequestParam boolean enabled,
            RedirectAttributes flash) {
        Coach coach = accounts.find(id).orElseThrow(() -> Access.notFound("coach"));
        if (coach.id().equals(me.coachId())) {
            flash.addFlashAttribute("error", "coach.coaches.not_yourself");
        } else {
            accounts.setEnabled(coach, enabled);
        }
        return "redirect:/coach/admin/coaches";
    }

    @GetMapping("/coach/admin/audit")
    String audit(@RequestParam(required = false) String participantId, @RequestParam(required = false) String coach,
            Model model) {
        model.addAttribute("entries", audit.newest(PromptRules.given(participantId), PromptRules.given(coach), 200));
        model.addAttribute("participantId", participantId);
        model.addAttribute("coach", coach);
        return "coach/audit";
    }
}
