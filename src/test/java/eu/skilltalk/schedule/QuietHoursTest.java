package eu.skilltalk.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours night = new QuietHours(properties(LocalTime.of(21, 0), LocalTime.of(8, 0)));

    @Test
    void aDaytimeMessageGoesAsPlanned() {
        Instant afternoon = Instant.parse("2026-11-30T14:00:00Z");

        assertThat(night.quiet(afternoon)).isFalse();
        assertThat(night.allowed(afternoon)).isEqualTo(afternoon);
    }

    @Test
    void aLateEveningMessageWaitsUntilTheNextMorningInTheClientsZone() {
        Instant evening = Instant.parse("2026-11-30T21:30:00Z"); // 22:30 in Brussels

        assertThat(night.allowed(evening)).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    }

    @Test
    void anEarlyMorningMessageWaitsUntilEightTheSameDay() {
        Instant early = Instant.parse("2026-11-30T05:00:00Z"); // 06:00 in Brussels

        assertThat(night.allowed(early)).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void equalTimesTurnQuietHoursOff() {
        QuietHours never = new QuietHours(properties(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));

        assertThat(never.quiet(Instant.parse("2026-11-30T23:00:00Z"))).isFalse();
    }

    private static ScheduleProperties properties(LocalTime from, LocalTime until) {
        return new ScheduleProperties(ZoneId.of("Europe/Brussels"), from, until, Duration.ofSeconds(1),
                Duration.ofMinutes(2), 50, 5, 200,
                Duration.ofSeconds(20));
    }
}
