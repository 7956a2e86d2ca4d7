package eu.skilltalk.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How inbound messages are worked.
 *
 * @param lanes        threads that process accepted messages; one client's messages always share a lane
 * @param lease        how long an instance may take to process a message before another may try
 * @param sweepAfter   a stored message not processed after this long (its instance died) is taken by the sweep of
 *                     any instance; the instance that stored it holds it that long without a command of its own,
 *                     so it is as long as the lease: at full load a lane can run more than 10 s behind
 * @param maxAttempts  attempts before a message that keeps failing is dropped (logged, without its text)
 * @param keepReceipts how long message ids are kept to recognise redelivered webhooks
 * @param shutdownWait how long a stopping instance waits for messages being processed
 */
@ConfigurationProperties("skilltalk.conversation")
public record ConversationProperties(@DefaultValue("8") int lanes, @DefaultValue("30s") Duration lease,
        @DefaultValue("30s") Duration sweepAfter, @DefaultValue("5") int maxAttempts,
        @DefaultValue("7d") Duration keepReceipts, @DefaultValue("20s") Duration shutdownWait) {
}
