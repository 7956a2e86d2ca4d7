package eu.skilltalk.cohort;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Prompts and reminders.
 *
 * @param quietFrom  start of the night: prompts and reminders due then wait until {@code quietUntil}
 * @param quietUntil end of the night; equal to {@code quietFrom} turns quiet hours off
 * @param zone       the clients' time zone for quiet hours (one per installation: channels do not tell it)
 * @param stuckAfter a client with a waiting question who wrote nothing for this long counts as stuck
 */
@ConfigurationProperties("skilltalk.cohort")
public record CohortProperties(@DefaultValue("21:00") LocalTime quietFrom, @DefaultValue("08:00") LocalTime quietUntil,
        @DefaultValue("Europe/Brussels") ZoneId zone, @DefaultValue("2d") Duration stuckAfter) {
}
