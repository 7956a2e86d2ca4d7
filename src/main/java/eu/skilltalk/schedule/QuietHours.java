package eu.skilltalk.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The hours in which nothing is started for clients (default 21:00 to 08:00 in the configured zone): jobs,
 * broadcasts and the coach's prompts and reminders all wait for the morning.
 */
@Component
public class QuietHours {

    private final ScheduleProperties properties;

    public QuietHours(ScheduleProperties properties) {
        this.properties = properties;
    }

    public boolean quiet(Instant at) {
        LocalTime time = at.atZone(properties.zone()).toLocalTime();
        LocalTime from = properties.quietFrom();
        LocalTime until = properties.quietUntil();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    public Instant allowed(Instant at) {
        if (!quiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(properties.zone());
        ZonedDateTime end = local.with(properties.quietUntil()).withSecond(0).withNano(0);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
