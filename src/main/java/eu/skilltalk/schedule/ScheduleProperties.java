package eu.skilltalk.schedule;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How jobs and broadcasts run.
 *
 * @param zone        the clients' time zone, for quiet hours
 * @param quietFrom   from this time of day nothing is started for clients (direct replies still go)
 * @param quietUntil  ... until this time the next morning; equal to {@code quietFrom} means no quiet hours
 * @param poll        how often due jobs are looked for when the last poll found fewer than a batch (after a full
 *                    batch the next poll comes at once); also how often broadcasts are given a page
 * @param lease       how long an instance may take to run a job before another may try
 * @param batch       jobs one poll runs at most
 * @param maxAttempts attempts before a failing job is given up
 * @param maxQueued   a broadcast adds work only while fewer messages and due jobs than this wait, so it goes
 *                    out at the sending rate and a restart continues from its cursor with little queued
 * @param shutdownWait how long a stopping instance waits for jobs running
 */
@ConfigurationProperties("skilltalk.schedule")
public record ScheduleProperties(@DefaultValue("Europe/Brussels") ZoneId zone,
        @DefaultValue("21:00") LocalTime quietFrom, @DefaultValue("08:00") LocalTime quietUntil,
        @DefaultValue("1s") Duration poll, @DefaultValue("2m") Duration lease, @DefaultValue("50") int batch, @DefaultValue("5") int maxAttempts,
        @DefaultValue("200") int maxQueued, @DefaultValue("20s") Duration shutdownWait) {
}
