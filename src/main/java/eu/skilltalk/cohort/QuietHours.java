package eu.skilltalk.cohort;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/** No prompts or reminders at night: a time inside the quiet hours moves to their end. */
@Component
class QuietHours {

    private final CohortProperties properties;

    QuietHours(CohortProperties properties) {
        this.properties = properties;
    }

    boolean quiet(Instant at) {
        LocalTime from = properties.quietFrom();
        LocalTime until = properties.quietUntil();
        LocalTime time = at.atZone(properties.zone()).toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant next(Instant at) {
        if (!quiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(properties.zone());
        ZonedDateTime end = local.with(properties.quietUntil());
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
