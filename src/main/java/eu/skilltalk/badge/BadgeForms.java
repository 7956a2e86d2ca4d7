package eu.skilltalk.badge;

import eu.skilltalk.coach.ClientAccess;
import eu.skilltalk.content.Content;
import eu.skilltalk.dialog.BadgeClass;
import eu.skilltalk.dialog.BadgeClasses;
import eu.skilltalk.participant.Participant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard's badge buttons on the client page: award a badge, withdraw one with a reason. */
@Controller
class BadgeForms {

    private final ClientAccess access;
    private final Badges badges;
    private final BadgeClasses classes;

    BadgeForms(ClientAccess access, Badges badges, Content content) {
        this.access = access;
        this.badges = badges;
        this.classes = content.dialogs().badges();
    }

    @PostMapping("/coach/participants/{id}/badges")
    String award(@PathVariable String id, @RequestParam(required = false) String badgeClass,
            RedirectAttributes flash) {
        Participant client = access.participant(id, "badges.award");
        Optional<BadgeClass> badge = Optional.ofNullable(badgeClass).flatMap(classes::find);
        if (badge.isEmpty()) {
            flash.addFlashAttribute("error", "coach.badges.invalid");
        } else {
            try {
                BadgeAssertion assertion = badges.award(client, badge.get(), null, access.coach());
                flash.addFlashAttribute("notice", assertion.messaged() ? "coach.badges.saved"
                        : "coach.badges.saved_quiet");
            } catch (Badges.AlreadyHeld e) {
                flash.addFlashAttribute("error", "coach.badges.already");
            }
        }
        return "redirect:/coach/participants/" + client.id() + "#badges";
    }

    @PostMapping("/coach/badges/{assertionId}/revoke")
    String revoke(@PathVariable String assertionId, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        BadgeAssertion assertion = badges.find(assertionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such badge"));
        Participant client = access.participant(assertion.participantId(), "badges.revoke");
        if (reason == null || reason.isBlank() || reason.length() > BadgesApi.MAX_REASON) {
            flash.addFlashAttribute("error", "coach.badges.invalid");
        } else {
            try {
                badges.revoke(assertion, reason, access.coach());
                flash.addFlashAttribute("notice", "coach.badges.revoked");
            } catch (Badges.AlreadyRevoked e) {
                flash.addFlashAttribute("error", "coach.badges.already_revoked");
            }
        }
        return "redirect:/coach/participants/" + client.id() + "#badges";
    }
}
