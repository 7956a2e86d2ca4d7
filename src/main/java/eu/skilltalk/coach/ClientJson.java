package eu.skilltalk.coach;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A client as the REST API shows them. The channel address (a phone number, a chat id) is left out unless
 * the caller already knows it or asks for it.
 *
 * <pre>{"id": "7f3c...", "name": "Sam", "language": "nl", "cohortId": "c0ffee...", "channel": "sms", "consented": true,
 *  "stopped": false, "createdAt": "...", "lastSeenAt": "...", "joinedAt": "...", "status": "ACTIVE",
 *  "dialog": "selfcheck", "step": "planning_rate", "finished": ["onboarding"], "stuck": false}</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientJson(String id, String name, String address, String language, String cohortId, String channel, boolean consented,
        boolean stopped, Instant createdAt, Instant lastSeenAt, Instant joinedAt, String status, String dialog,
        String step, List<String> finished, boolean stuck) {

    static ClientJson of(ClientStatus s, boolean withAddress) {
        var p = s.participant();
        return new ClientJson(p.id(), s.name(), withAddress ? p.address() : null, p.language(), p.cohortId(), p.channel(),
                p.consented(), p.stopped(), p.createdAt(), p.lastSeenAt(), s.joinedAt(), s.status(), s.dialog(),
                s.step(), s.finished(), s.stuck());
    }
}
