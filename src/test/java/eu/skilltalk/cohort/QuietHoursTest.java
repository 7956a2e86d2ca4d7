package eu.skilltalk.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours night = new QuietHours(new CohortProperties(LocalTime.of(21, 0), LocalTime.of(8, 0),
            ZoneId.of("Europe/Brussels"), Duration.ofDays(2)));

    @Test
    void aDaytimeMessageGoesAsPlanned() {
        Instant afternoon = Instant.parse("2026-11-30T14:00:00Z");

        assertThat(night.quiet(afternoon)).isFalse();
        assertThat(night.next(afternoon)).isEqualTo(afternoon);
    }

    @Test
    void aLateEveningMessageWaitsUntilTheNextMorningInTheClientsZone() {
        Instant evening = Instant.parse("2026-11-30T21:30:00Z"); // 22:30 in Brussels

        assertThat(night.next(evening)).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    }

    @Test
    void anEarlyMorningMessageWaitsUntilEightTheSameDay() {
        Instant early = Instant.parse("2026-11-30T05:00:00Z"); // 06:00 in Brussels

        assertThat(night.next(early)).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void equalTimesTurnQuietHoursOff() {
        QuietHours never = new QuietHours(new CohortProperties(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                ZoneId.of("Europe/Brussels"), Duration.ofDays(2)));

        assertThat(never.quiet(Instant.parse("2026-11-30T23:00:00Z"))).isFalse();
    }
}
