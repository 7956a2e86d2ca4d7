package eu.skilltalk.coach;

import eu.skilltalk.participant.ClientData;
import eu.skilltalk.privacy.Erasures;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's data for their coach to hand over or erase on request (GDPR art. 15, 17 and 20), when the
 * client asks in person rather than in the chat. Same rules as every client read: own cohorts only (404
 * otherwise), audited; the audit entry names the action, never the content.
 */
@RestController
@RequestMapping(path = "/api/v1/participants/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Participants", description = "Clients, their answers and observations")
class PersonalDataApi {

    private final Access access;
    private final ClientData data;
    private final Erasures erasures;

    PersonalDataApi(Access access, ClientData data, Erasures erasures) {
        this.access = access;
        this.data = data;
        this.erasures = erasures;
    }

    /** Everything kept about the client, by kind: <pre>{"answers": [...], "participants": [{...}], ...}</pre> */
    @GetMapping("/export")
    Map<String, Object> export(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return data.export(access.participant(me, id, "participant.export").id());
    }

    /**
     * Erases the client everywhere at once (no message to them); badges are revoked. Answers how many records
     * each kind lost: <pre>{"erased": {"answers": 12, "participants": 1, ...}}</pre>
     */
    @DeleteMapping
    Map<String, Object> erase(@AuthenticationPrincipal CoachPrincipal me, @PathVariable String id) {
        return Map.of("erased", erasures.eraseNow(access.participant(me, id, "participant.erase").id()));
    }
}
