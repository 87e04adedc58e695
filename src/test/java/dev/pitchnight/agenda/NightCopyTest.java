package dev.pitchnight.agenda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchCall;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Announce the next night" (issue 14, point 3): a draft copy with the night's details, its agenda without the
 * pitch slots (kept as one placeholder so every other item starts at the same offset), and its call for pitches
 * with the dates moved; nothing personal is copied.
 */
@QuarkusTest
class NightCopyTest {

    static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    Event night;
    ZonedDateTime start;

    @BeforeEach
    void aNightWithAnAgendaACallAndPeople() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        start = LocalDateTime.now(PALO_ALTO).plusDays(10).withHour(18).withMinute(30).truncatedTo(ChronoUnit.MINUTES)
                .atZone(PALO_ALTO);
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.findById(night.id);
            event.startsAt = start.toInstant();
            event.endsAt = start.plusHours(3).toInstant();
            event.venueName = "Hacker Dojo";
            event.venueAddress = "855 Maude Ave, Mountain View, CA";
            event.waitlistPolicy = Event.WaitlistPolicy.OFFER;
            event.rsvpOpensAt = start.minusDays(12).toInstant();
            event.rsvpClosesAt = start.minusHours(2).toInstant();
            event.description = "Four startups, five minutes each.";
        });
        pitches.call(night.id, Duration.ofDays(7), false);
        pitches.weights(night.id, 3, 2, 2, 1);
        Pitch first = pitches.pitch(night.id, "alice", "Acme Robotics", Pitch.Status.ACCEPTED);
        Pitch second = pitches.pitch(night.id, "bob", "Beta Bikes", Pitch.Status.ACCEPTED);
        add("{\"kind\":\"DOORS\",\"minutes\":30,\"title\":\"Doors and pizza\"}");
        add("{\"kind\":\"INTRO\",\"minutes\":10}");
        add("{\"pitchId\":" + first.id + ",\"pitchMinutes\":5,\"qaMinutes\":3}");
        add("{\"pitchId\":" + second.id + ",\"pitchMinutes\":5,\"qaMinutes\":3}");
        add("{\"kind\":\"BREAK\",\"minutes\":15}");
        add("{\"kind\":\"NETWORKING\",\"minutes\":90}");
        as("sam").body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        night = data.reload(night.id);
    }

    @Test
    void theCopyIsADraftWithTheNightsDetailsAndNothingPersonal() {
        LocalDateTime next = start.toLocalDateTime().plusWeeks(4);
        Response copied = as("olivia").body(Map.of("startsAt", next.toString())).post("/api/events/" + night.id + "/copy");
        assertThat(copied.statusCode()).isEqualTo(201);
        long id = copied.jsonPath().getLong("id");
        assertThat(copied.header("Location")).endsWith("/api/events/" + id);
        assertThat(copied.jsonPath().getString("status")).isEqualTo("DRAFT");

        Event copy = data.reload(id);
        Duration shift = Duration.ofDays(28); // no clock change in between would be a different shift: compare in local time
        assertThat(copy.status).isEqualTo(Event.Status.DRAFT);
        assertThat(copy.title).isEqualTo("Palo Alto Pitch Night");
        assertThat(copy.slug).isNotEqualTo(night.slug);
        assertThat(copy.description).isEqualTo(night.description);
        assertThat(copy.venueName).isEqualTo("Hacker Dojo");
        assertThat(copy.venueAddress).isEqualTo(night.venueAddress);
        assertThat(copy.capacity).isEqualTo(195);
        assertThat(copy.guestsAllowed).isEqualTo(1);
        assertThat(copy.waitlistPolicy).isEqualTo(Event.WaitlistPolicy.OFFER);
        assertThat(copy.localStart().toLocalDateTime()).isEqualTo(next);
        assertThat(Duration.between(copy.startsAt, copy.endsAt)).isEqualTo(Duration.ofHours(3));
        Duration moved = Duration.between(night.startsAt, copy.startsAt);
        assertThat(Duration.between(night.rsvpOpensAt, copy.rsvpOpensAt)).isEqualTo(moved);
        assertThat(Duration.between(night.rsvpClosesAt, copy.rsvpClosesAt)).isEqualTo(moved);
        assertThat(moved.toDays()).isBetween(shift.toDays() - 1, shift.toDays());
        assertThat(copy.confirmedSeats).isZero();
        assertThat(copy.queueSeq).isZero();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(Rsvp.count("eventId", id)).isZero();
            assertThat(Pitch.count("eventId", id)).isZero();
            PitchCall original = PitchCall.findById(night.id);
            PitchCall call = PitchCall.findById(id);
            assertThat(call.brief).isEqualTo(original.brief);
            assertThat(call.blind).isFalse();
            assertThat(call.slotsWanted).isEqualTo(original.slotsWanted);
            assertThat(List.of(call.weightTeam, call.weightProblem, call.weightTraction, call.weightFit))
                    .containsExactly(3, 2, 2, 1);
            assertThat(Duration.between(original.closesAt, call.closesAt)).isEqualTo(moved);
            assertThat(Duration.between(original.opensAt, call.opensAt)).isEqualTo(moved);
        });
        // The original is untouched.
        assertThat(data.reload(night.id).confirmedSeats).isEqualTo(1);
    }

    @Test
    void theAgendaKeepsEveryOtherItemAtItsOffsetWithOnePlaceholderForThePitches() {
        LocalDateTime next = start.toLocalDateTime().plusWeeks(5);
        long id = as("olivia").body(Map.of("startsAt", next.toString())).post("/api/events/" + night.id + "/copy")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        List<Map<String, Object>> before = given().get("/api/events/" + night.id + "/slots").jsonPath().getList("$");
        List<Map<String, Object>> after = as("olivia").get("/api/events/" + id + "/slots").jsonPath().getList("$");
        assertThat(after).extracting(slot -> slot.get("kind"))
                .containsExactly("DOORS", "INTRO", "OTHER", "BREAK", "NETWORKING");
        assertThat(after.get(0).get("title")).isEqualTo("Doors and pizza");
        assertThat(after.get(2).get("title")).isEqualTo("Pitches (slots to fill)");
        assertThat(after).noneMatch(slot -> slot.get("pitchId") != null);
        // Same local start times: the break comes after 16 minutes of placeholder, as after the two 8-minute slots.
        assertThat(localTime(after.get(3))).isEqualTo(localTime(before.get(4)));
        assertThat(localTime(after.get(4))).isEqualTo(localTime(before.get(5)));
    }

    @Test
    void germanOrganizersGetAGermanPlaceholder() {
        long id = as("olivia").header("Accept-Language", "de")
                .body(Map.of("startsAt", start.toLocalDateTime().plusWeeks(4).toString()))
                .post("/api/events/" + night.id + "/copy").then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> titles = as("olivia").get("/api/events/" + id + "/slots").jsonPath().getList("title");
        assertThat(titles).contains("Pitches (Slots noch offen)");
    }

    @Test
    void onlyOrganizersCopyAndOnlyIntoTheFuture() {
        Map<String, Long> rows = data.rowCounts();
        Response past = as("olivia").body(Map.of("startsAt", "2020-01-01T18:30")).post("/api/events/" + night.id + "/copy");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.contentType()).startsWith("application/problem+json");
        assertThat(past.asString()).contains("must be in the future");

        Response attendee = as("sam").body(Map.of("startsAt", start.plusWeeks(4).toLocalDateTime().toString()))
                .post("/api/events/" + night.id + "/copy");
        assertThat(attendee.statusCode()).isEqualTo(403);

        Response noBody = as("olivia").post("/api/events/" + night.id + "/copy");
        assertThat(noBody.statusCode()).isEqualTo(400);
        Response garbled = as("olivia").body("{\"startsAt\":\"next tuesday\"}").post("/api/events/" + night.id + "/copy");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(data.rowCounts()).isEqualTo(rows);
    }

    @Test
    void thePageProposesFourWeeksOnAndLeadsToTheDraftsEditForm() {
        String page = given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.id + "/copy")
                .then().statusCode(200).extract().asString();
        String proposed = start.toLocalDateTime().plusWeeks(4).toString();
        assertThat(page).contains("Announce the next night").contains("value=\"" + proposed + "\"");
        assertThat(given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.id).asString())
                .contains("href=\"/events/" + night.id + "/copy\"");
        assertThat(given().auth().oauth2(Keycloak.accessToken("sam")).get("/events/" + night.id).asString())
                .doesNotContain("/copy\"");
    }

    private static String localTime(Map<String, Object> slot) {
        return ZonedDateTime.parse((String) slot.get("startsAt")).withZoneSameInstant(PALO_ALTO).toLocalTime().toString();
    }

    private void add(String body) {
        as("olivia").body(body).post("/api/events/" + night.id + "/slots").then().statusCode(201);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }
}
