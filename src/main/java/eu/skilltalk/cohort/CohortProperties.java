package eu.skilltalk.cohort;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Prompts and reminders.
 *
 * <p>Quiet hours and the clients' time zone are {@code skilltalk.schedule.*} ({@code ScheduleProperties}).
 *
 * @param stuckAfter a client with a waiting question who wrote nothing for this long counts as stuck
 */
@ConfigurationProperties("skilltalk.cohort")
public record CohortProperties(@DefaultValue("2d") Duration stuckAfter) {
}
