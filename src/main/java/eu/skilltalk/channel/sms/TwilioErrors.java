package eu.skilltalk.channel.sms;

import java.util.Set;

/** What a Twilio error code means for the message and for the number. */
final class TwilioErrors {

    /** The consequence of an error. */
    enum Effect {
        /** The number said STOP to this sender (21610): never retry, remember the opt-out. */
        OPTED_OUT,
        /** The number cannot get messages (invalid, not mobile, unknown, landline): never retry, remember it. */
        UNREACHABLE,
        /** Too many requests or a Twilio fault: the outbox retries with backoff. */
        RETRY,
        /** Anything else this message did wrong: retrying would fail the same way. */
        GIVE_UP
    }

    static final int UNSUBSCRIBED = 21610;
    private static final Set<Integer> UNREACHABLE = Set.of(21211, 21614, 30005, 30006);
    private static final int TOO_MANY_REQUESTS = 20429;

    private TwilioErrors() {
    }

    /**
     * @param code       Twilio's error code, or {@code null}
     * @param httpStatus the API answer's HTTP status, or {@code null} (status callbacks)
     */
    static Effect of(Integer code, Integer httpStatus) {
        if (code != null && code == UNSUBSCRIBED) {
            return Effect.OPTED_OUT;
        }
        if (code != null && UNREACHABLE.contains(code)) {
            return Effect.UNREACHABLE;
        }
        boolean tooMany = code != null && code == TOO_MANY_REQUESTS;
        if (tooMany || httpStatus == null || httpStatus == 429 || httpStatus >= 500) {
            return Effect.RETRY;
        }
        // 401: a wrong or rotated auth token can be fixed while the outbox waits.
        return httpStatus == 401 ? Effect.RETRY : Effect.GIVE_UP;
    }
}
