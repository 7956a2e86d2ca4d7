package eu.skilltalk.delivery;

import java.time.Duration;

/** A send that failed: permanent (bad address, blocked bot) or worth a retry, maybe after a given wait. */
public class DeliveryException extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;

    public DeliveryException(String message, boolean permanent, Duration retryAfter) {
        super(message);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public boolean permanent() {
        return permanent;
    }

    /** The wait the provider asked for (Telegram's retry_after), or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
