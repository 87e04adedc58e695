package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TimeFormatsTest {

    private static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    @Test
    void writesAWinterNightInPaloAltoTheWayPeopleReadIt() {
        ZonedDateTime night = ZonedDateTime.of(2026, 12, 10, 18, 30, 0, 0, PALO_ALTO);

        assertThat(TimeFormats.date(night)).isEqualTo("Thursday, December 10, 2026");
        assertThat(TimeFormats.time(night)).matches("6:30\\hPM");
        assertThat(TimeFormats.shortMonth(night)).isEqualTo("Dec");
        assertThat(TimeFormats.day(night)).isEqualTo("10");
        assertThat(TimeFormats.zoneAbbreviation(night)).isEqualTo("PST");
        assertThat(TimeFormats.zoneName(night)).isEqualTo("Pacific Time");
        assertThat(TimeFormats.iso(night)).isEqualTo("2026-12-10T18:30-08:00");
    }

    @Test
    void summerNightsAreInDaylightTime() {
        ZonedDateTime night = ZonedDateTime.of(2027, 7, 1, 18, 30, 0, 0, PALO_ALTO);

        assertThat(TimeFormats.zoneAbbreviation(night)).isEqualTo("PDT");
        assertThat(TimeFormats.iso(night)).isEqualTo("2027-07-01T18:30-07:00");
    }
}
