package eu.skilltalk.coach;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The coach inbox.
 *
 * @param inboxTimeout a chat nobody wrote in for this long closes by itself when the client writes again,
 *                     so a client is never stuck talking to a coach who is away
 */
@ConfigurationProperties("skilltalk.coach")
record CoachProperties(@DefaultValue("3d") Duration inboxTimeout) {
}
