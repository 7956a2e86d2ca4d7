package eu.skilltalk.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is worked.
 *
 * @param lease        how long a claimed item is reserved for one instance before another may take it
 * @param maxAttempts  attempts before an item is given up
 * @param firstRetry   wait before the first retry; doubles each attempt, with jitter
 * @param batch        items one poll claims at most
 */
@ConfigurationProperties("skilltalk.delivery")
public record DeliveryProperties(@DefaultValue("30s") Duration lease, @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration firstRetry, @DefaultValue("50") int batch) {
}
