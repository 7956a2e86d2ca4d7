package eu.skilltalk.coach;

import eu.skilltalk.cohort.Members;
import eu.skilltalk.participant.Participant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /coach/inbox}: chats with clients; read one, answer it, close it. */
@Controller
@Dashboard
class InboxPages {

    private final Access access;
    private final CoachInbox inbox;
    private final Members members;
    private final ClientStatuses statuses;

    InboxPages(Access access, CoachInbox inbox, Members members, ClientStatuses statuses) {
        this.statuses = statuses;
        this.access = access;
        this.inbox = inbox;
        this.members = members;
    }

    @GetMapping("/coach/inbox")
    String threads(@AuthenticationPrincipal CoachPrincipal me, Model model) {
        List<InboxThread> threads = inbox.threads(InboxApi.visibleClients(access, members, me));
        model.addAttribute("threads", threads);
        model.addAttribute("names", statuses.names(threads.stream().map(InboxThread::participantId).toList()));
        return "coach/inbox";
    }

    @GetMapping("/coach/inbox/{participantId}")
    String thread(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId, Model model) {
        Participant client = access.participant(me, participantId, "inbox.read");
        model.addAttribute("client", statuses.of(client));
        model.addAttribute("messages", inbox.messages(client.id()));
        model.addAttribute("open", inbox.openThread(client).isPresent());
        return "coach/thread";
    }

    @PostMapping("/coach/inbox/{participantId}/replies")
    String reply(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId,
            @RequestParam String text, RedirectAttributes flash) {
        Participant client = access.participant(me, participantId, "inbox.reply");
        if (client.stopped()) {
            flash.addFlashAttribute("error", "coach.inbox.stopped");
        } else if (text.isBlank() || text.length() > InboxApi.MAX_REPLY) {
            flash.addFlashAttribute("error", "coach.inbox.invalid");
        } else {
            inbox.reply(client, me, text.strip());
            flash.addFlashAttribute("notice", "coach.inbox.sent");
        }
        return "redirect:/coach/inbox/" + participantId;
    }

    @PostMapping("/coach/inbox/{participantId}/close")
    String close(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId,
            RedirectAttributes flash) {
        inbox.close(access.participant(me, participantId, "inbox.close").id());
        flash.addFlashAttribute("notice", "coach.inbox.closed");
        return "redirect:/coach/inbox";
    }
}
