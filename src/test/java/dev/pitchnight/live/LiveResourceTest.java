package dev.pitchnight.live;

import static dev.pitchnight.live.LiveData.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organizer's live control: state in the database, the clock computed from it. */
@QuarkusTest
class LiveResourceTest {

    @Inject
    LiveData data;

    LiveData.Night night;

    @BeforeEach
    void night() {
        night = data.night();
    }

    JsonPath act(String action) {
        return as("olivia").post("/api/events/" + night.eventId() + "/live/" + action).then().statusCode(200).extract().jsonPath();
    }

    JsonPath state() {
        return given().get("/api/events/" + night.eventId() + "/live").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void remainingTimeIsLengthPlusExtensionsMinusRunningTimeWithoutPauses() {
        Instant t0 = Instant.parse("2026-12-10T02:30:00Z");
        long fiveMinutes = 300_000;
        assertThat(LiveNight.remainingMillis(LiveNight.Phase.PITCH, t0, null, 0, 0, fiveMinutes, t0.plusSeconds(60))).isEqualTo(240_000);
        // Paused after 2 minutes, looked at 10 minutes later: still 3 minutes left.
        assertThat(LiveNight.remainingMillis(LiveNight.Phase.PITCH, t0, t0.plusSeconds(120), 0, 0, fiveMinutes, t0.plusSeconds(720))).isEqualTo(180_000);
        // Resumed after a 10-minute pause, one minute extension, 4 minutes of running time: 2 minutes left.
        assertThat(LiveNight.remainingMillis(LiveNight.Phase.PITCH, t0, null, 600_000, 60_000, fiveMinutes, t0.plusSeconds(840))).isEqualTo(120_000);
        // Over time: negative.
        assertThat(LiveNight.remainingMillis(LiveNight.Phase.QA, t0, null, 0, 0, 180_000, t0.plusSeconds(200))).isEqualTo(-20_000);
        assertThat(LiveNight.remainingMillis(LiveNight.Phase.BETWEEN, t0, null, 0, 0, fiveMinutes, t0)).isNull();
    }

    @Test
    void startPauseResumeExtendNextAndQaKeepTheClockInTheDatabase() {
        JsonPath before = state();
        assertThat(before.getString("phase")).isEqualTo("WAITING");
        assertThat(before.getLong("next.id")).isEqualTo(night.acmeSlot());

        JsonPath started = act("start");
        assertThat(started.getString("phase")).isEqualTo("PITCH");
        assertThat(started.getString("slot.company")).isEqualTo("Acme Robotics");
        assertThat(started.getLong("lengthMillis")).isEqualTo(300_000);
        assertThat(started.getLong("remainingMillis")).isBetween(295_000L, 300_000L);
        assertThat(started.getLong("serverTime")).isCloseTo(System.currentTimeMillis(), Offset.offset(5_000L));

        // Two minutes have run; pause; another ten minutes pass while paused.
        data.shift(night.eventId(), Duration.ofMinutes(2));
        JsonPath paused = act("pause");
        assertThat(paused.getBoolean("paused")).isTrue();
        assertThat(paused.getLong("remainingMillis")).isBetween(175_000L, 180_000L);
        data.shift(night.eventId(), Duration.ofMinutes(10));
        assertThat(state().getLong("remainingMillis")).isBetween(175_000L, 180_000L);

        JsonPath resumed = act("resume");
        assertThat(resumed.getBoolean("paused")).isFalse();
        assertThat(data.live(night.eventId()).pausedMillis).isBetween(600_000L, 605_000L);
        JsonPath extended = act("extend");
        assertThat(extended.getLong("extensionMillis")).isEqualTo(60_000);
        assertThat(extended.getLong("remainingMillis")).isBetween(235_000L, 240_000L);

        // Five minutes more: over time by a minute (plus the seconds the test itself took).
        data.shift(night.eventId(), Duration.ofMinutes(5));
        assertThat(state().getLong("remainingMillis")).isBetween(-70_000L, -60_000L);

        JsonPath qa = act("qa");
        assertThat(qa.getString("phase")).isEqualTo("QA");
        assertThat(qa.getLong("lengthMillis")).isEqualTo(180_000);
        assertThat(qa.getLong("extensionMillis")).isZero();

        JsonPath between = act("next");
        assertThat(between.getString("phase")).isEqualTo("BETWEEN");
        assertThat(between.getString("next.kind")).isEqualTo("BREAK");
        assertThat((Object) between.get("remainingMillis")).isNull();
        assertThat(act("start").getString("phase")).isEqualTo("ITEM");
        act("next");
        assertThat(act("start").getString("slot.company")).isEqualTo("Bolt Energy");
        assertThat(act("next").getString("phase")).isEqualTo("ENDED");

        // Every change is in the change log, with the state it led to.
        assertThat(data.changes(night.eventId())).extracting(c -> c.kind).containsOnly("live").hasSize(10);
    }

    @Test
    void actionsThatMakeNoSenseNowAreConflicts() {
        as("olivia").post("/api/events/" + night.eventId() + "/live/pause").then().statusCode(409)
                .body("detail", containsString("does not run"));
        act("start");
        as("olivia").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(409);
        as("olivia").post("/api/events/" + night.eventId() + "/live/resume").then().statusCode(409);
        as("olivia").post("/api/events/" + night.eventId() + "/live/dance").then().statusCode(404)
                .body("detail", containsString("no live action"));
    }

    @Test
    void onlyTheNightsOrganizersRunIt() {
        as("alice").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(403);
        given().post("/api/events/" + night.eventId() + "/live/start").then().statusCode(401);
        as("bob").body("{\"moderation\":\"PRE\"}").put("/api/events/" + night.eventId() + "/live/settings").then().statusCode(403);
        assertThat(data.live(night.eventId())).isNull();
        as("olivia").body("{\"moderation\":\"SOMETIMES\"}").put("/api/events/" + night.eventId() + "/live/settings")
                .then().statusCode(400).body("detail", containsString("moderation"));
        as("olivia").body("{\"moderation\":\"PRE\"}").put("/api/events/" + night.eventId() + "/live/settings")
                .then().statusCode(200).body("moderation", equalTo("PRE"));
    }
}
