package eu.skilltalk.coach;

import eu.skilltalk.cohort.Members;
import eu.skilltalk.participant.Participant;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/inbox}: chats with clients who asked for their coach. Reading a chat marks it read;
 * a reply goes out on the client's channel; closing takes the client back to their question.
 */
@RestController
@RequestMapping(path = "/api/v1/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inbox", description = "Clients who asked for their coach")
class InboxApi {

    static final int MAX_REPLY = 1000;

    private final Access access;
    private final CoachInbox inbox;
    private final Members members;

    InboxApi(Access access, CoachInbox inbox, Members members) {
        this.access = access;
        this.inbox = inbox;
        this.members = members;
    }

    /** <pre>{"text": "Question 3 asks how you plan your week. Shall we call?"}</pre> */
    record NewReply(@NotBlank @Size(max = MAX_REPLY) String text) {
    }

    @GetMapping
    List<InboxThread> threads(@AuthenticationPrincipal CoachPrincipal me) {
        return inbox.threads(visibleClients(access, members, me));
    }

    @GetMapping("/{participantId}")
    List<InboxMessage> messages(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId) {
        return inbox.messages(access.participant(me, participantId, "inbox.read").id());
    }

    @PostMapping(path = "/{participantId}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InboxMessage> reply(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId,
            @Valid @RequestBody NewReply request) {
        Participant client = access.participant(me, participantId, "inbox.reply");
        if (client.stopped()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The client said stop: nothing can be sent to them");
        }
        InboxMessage message = inbox.reply(client, me, request.text().strip());
        return ResponseEntity.created(URI.create("/api/v1/inbox/" + participantId)).body(message);
    }

    @PostMapping("/{participantId}/close")
    ResponseEntity<Void> close(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String participantId) {
        inbox.close(access.participant(me, participantId, "inbox.close").id());
        return ResponseEntity.noContent().build();
    }

    /** The clients whose chats this coach may see; {@code null} (all) for an admin. */
    static List<String> visibleClients(Access access, Members members, CoachPrincipal me) {
        if (me.admin()) {
            return null;
        }
        return access.cohorts(me).stream().flatMap(c -> members.of(c.id()).stream()).map(Participant::id).toList();
    }
}
