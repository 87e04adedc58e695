package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeFormatsTest {

    private static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    @Test
    void writesAWinterNightInPaloAltoTheWayPeopleReadIt() {
        ZonedDateTime night = ZonedDateTime.of(2026, 12, 10, 18, 30, 0, 0, PALO_ALTO);

        assertThat(TimeFormats.date(night, null)).isEqualTo("Thursday, December 10, 2026");
        assertThat(TimeFormats.time(night, null)).matches("6:30\\hPM");
        assertThat(TimeFormats.shortMonth(night, null)).isEqualTo("Dec");
        assertThat(TimeFormats.day(night)).isEqualTo("10");
        assertThat(TimeFormats.zoneAbbreviation(night, null)).isEqualTo("PST");
        assertThat(TimeFormats.zoneName(night, null)).isEqualTo("Pacific Time");
        assertThat(TimeFormats.iso(night)).isEqualTo("2026-12-10T18:30-08:00");
    }

    @Test
    void summerNightsAreInDaylightTime() {
        ZonedDateTime night = ZonedDateTime.of(2027, 7, 1, 18, 30, 0, 0, PALO_ALTO);

        assertThat(TimeFormats.zoneAbbreviation(night, null)).isEqualTo("PDT");
        assertThat(TimeFormats.iso(night)).isEqualTo("2027-07-01T18:30-07:00");
    }

    @Test
    void writesANightInTheValleyForGermanReaders() {
        ZonedDateTime night = ZonedDateTime.of(2026, 12, 5, 18, 30, 0, 0, PALO_ALTO);

        assertThat(TimeFormats.date(night, Locale.GERMAN)).isEqualTo("Samstag, 5. Dezember 2026");
        assertThat(TimeFormats.time(night, "de")).isEqualTo("18:30 Uhr");
        assertThat(TimeFormats.shortMonth(night, "de")).isEqualTo("Dez.");
        assertThat(TimeFormats.inZone(night.toInstant(), PALO_ALTO, "de"))
                .isEqualTo("Samstag, 5. Dezember 2026, 18:30 Uhr PST");
        assertThat(TimeFormats.zoneAbbreviation(ZonedDateTime.of(2026, 12, 5, 18, 30, 0, 0, ZoneId.of("Europe/Berlin")), "de"))
                .isEqualTo("MEZ");
    }
}
