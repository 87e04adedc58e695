package dev.pitchnight.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the stage says before the night: days while it is days away, then a countdown to the second. */
class StageRoomTest {

    private static final Instant START = Instant.parse("2026-12-10T02:30:00Z");

    private static StageRoom at(Duration beforeStart) {
        return StageRoom.of("https://pitchnight.example.org", 7, List.of(), START, START.minus(beforeStart), 0);
    }

    @Test
    void countsDaysWhileTheNightIsADayAwayOrMore() {
        assertThat(at(Duration.ofDays(14).minusSeconds(5)).daysToStart()).isEqualTo(14);
        assertThat(at(Duration.ofHours(25)).daysToStart()).isEqualTo(2);
        assertThat(at(Duration.ofHours(24)).daysToStart()).isEqualTo(1);
        assertThat(at(Duration.ofHours(23)).daysToStart()).isZero();
    }

    @Test
    void countsDownToTheSecondOnTheNightsDay() {
        assertThat(at(Duration.ofHours(23).plusMinutes(5).plusSeconds(9)).untilStart()).isEqualTo("23:05:09");
        assertThat(at(Duration.ofMinutes(4).plusSeconds(59)).untilStart()).isEqualTo("4:59");
        assertThat(at(Duration.ofMillis(1)).untilStart()).isEqualTo("0:01");
        assertThat(at(Duration.ofMinutes(-3)).untilStart()).as("once started").isEqualTo("0:00");
    }

    @Test
    void theAddressesUnderTheCodesAreShortAndTheCodesHoldTheFullAddress() {
        StageRoom room = StageRoom.of("https://www.pitchnight.example.org", 7, List.of(), START, START, 3);
        assertThat(room.audience().text()).isEqualTo("pitchnight.example.org/events/7/qa");
        assertThat(room.audience().host()).isEqualTo("pitchnight.example.org");
        assertThat(room.network().path()).isEqualTo("/events/7/network");
        assertThat(room.audience().qr().modules()).isGreaterThanOrEqualTo(21);
        assertThat(room.audience().qr().path()).isNotEqualTo(room.network().qr().path());
    }
}
