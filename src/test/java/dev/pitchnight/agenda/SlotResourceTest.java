package dev.pitchnight.agenda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run of show: times follow from the night's start, reordering recomputes, nothing runs past the end. */
@QuarkusTest
class SlotResourceTest {

    static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");
    /** 6:30 PM to 9:30 PM in Palo Alto. */
    static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 10, 18, 30, 0, 0, PALO_ALTO);

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    Event night;

    @BeforeEach
    void nightFromSixThirtyToNineThirty() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        times(night.id, START.toInstant(), START.plusHours(3).toInstant());
        pitches.call(night.id, Duration.ofDays(7), true);
    }

    @Transactional
    void times(long eventId, Instant start, Instant end) {
        Event event = Event.findById(eventId);
        event.startsAt = start;
        event.endsAt = end;
    }

    @Transactional
    List<AgendaItem> rows() {
        return AgendaItem.list("eventId = ?1 order by position", night.id);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    long add(String body) {
        return ((Number) as("olivia").body(body).post("/api/events/" + night.id + "/slots")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void startTimesFollowFromTheNightsStartAndReorderingRecomputesThem() {
        Pitch acme = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.ACCEPTED);
        long doors = add("{\"kind\":\"DOORS\",\"minutes\":30}");
        as("olivia").body("{\"pitchId\":" + acme.id + "}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(201)
                .body("kind", equalTo("PITCH"))
                .body("startsAt", equalTo("2026-12-10T19:00:00-08:00"))
                .body("endsAt", equalTo("2026-12-10T19:08:00-08:00"))
                .body("pitchMinutes", equalTo(5))
                .body("qaMinutes", equalTo(3))
                .body("company", equalTo("Acme"));
        long networking = add("{\"kind\":\"NETWORKING\",\"minutes\":90,\"title\":\"Drinks and talk\"}");

        given().get("/api/events/" + night.id + "/slots")
                .then().statusCode(200)
                .body("kind", contains("DOORS", "PITCH", "NETWORKING"))
                .body("startsAt", contains("2026-12-10T18:30:00-08:00", "2026-12-10T19:00:00-08:00", "2026-12-10T19:08:00-08:00"))
                .body("[2].endsAt", equalTo("2026-12-10T20:38:00-08:00"))
                .body("[1].pitchId", equalTo(acme.id.intValue()));

        as("olivia").body("{\"position\":1}").post("/api/slots/" + networking + "/move")
                .then().statusCode(200)
                .body("id", contains((int) networking, (int) doors, rows().get(2).id.intValue()))
                .body("startsAt", contains("2026-12-10T18:30:00-08:00", "2026-12-10T20:00:00-08:00", "2026-12-10T20:30:00-08:00"));
        assertThat(rows()).extracting(item -> item.position).containsExactly(1, 2, 3);
        assertThat(rows().get(0).id).isEqualTo(networking);
    }

    @Test
    void nothingMayRunPastTheNightsEnd() {
        add("{\"kind\":\"NETWORKING\",\"minutes\":170}");
        as("olivia").body("{\"kind\":\"BREAK\",\"minutes\":15}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The agenda would end at 9:35 PM, after the night ends at 9:30 PM. Shorten or remove an item first."));
        as("olivia").header("Accept-Language", "de").body("{\"kind\":\"BREAK\",\"minutes\":15}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Über das Ende des Abends hinaus"))
                .body("detail", equalTo("Der Ablauf würde um 21:35 Uhr enden, nach dem Ende des Abends um 21:30 Uhr. Kürze oder entferne zuerst einen Punkt."));
        long item = rows().get(0).id;
        as("olivia").body("{\"minutes\":181}").patch("/api/slots/" + item).then().statusCode(409);
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.minutes).isEqualTo(170));
        as("olivia").body("{\"minutes\":180}").patch("/api/slots/" + item).then().statusCode(200)
                .body("endsAt", equalTo("2026-12-10T21:30:00-08:00"));
    }

    @Test
    void aNightCannotBeShortenedBelowItsAgenda() {
        add("{\"kind\":\"NETWORKING\",\"minutes\":170}");
        as("olivia").body("{\"endsAt\":\"2026-12-10T20:30:00\",\"title\":\"Shorter Night\"}").patch("/api/events/" + night.id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The agenda would end at 9:20 PM, after the night ends at 8:30 PM. Shorten or remove an item first."));
        Event unchanged = data.reload(night.id);
        assertThat(unchanged.endsAt).isEqualTo(START.plusHours(3).toInstant());
        assertThat(unchanged.title).isEqualTo("Palo Alto Pitch Night"); // all or nothing

        // Moving the whole night keeps its length, and 2 h 50 min still holds the agenda.
        as("olivia").body("{\"startsAt\":\"2026-12-11T18:30:00\",\"endsAt\":\"2026-12-11T21:20:00\"}").patch("/api/events/" + night.id)
                .then().statusCode(200);
        given().get("/api/events/" + night.id + "/slots").then().statusCode(200)
                .body("[0].endsAt", equalTo("2026-12-11T21:20:00-08:00"));
    }

    @Test
    void aSlotHoldsOnlyAnAcceptedPitchAndEachPitchOnlyOnce() {
        Pitch waiting = pitches.pitch(night.id, "f1", "Waiting Co", Pitch.Status.SUBMITTED);
        Pitch accepted = pitches.pitch(night.id, "f2", "Accepted Co", Pitch.Status.ACCEPTED);
        as("olivia").body("{\"pitchId\":" + waiting.id + "}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(409).body("detail", containsString("is not accepted"));
        add("{\"pitchId\":" + accepted.id + ",\"pitchMinutes\":7,\"qaMinutes\":5}");
        as("olivia").body("{\"pitchId\":" + accepted.id + "}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(409).body("detail", equalTo("Accepted Co already has a slot on the agenda."));
        as("olivia").body("{\"pitchId\":999999}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(400).body("errors.pitchId", containsString("not a pitch of this night"));
        as("olivia").body("{\"kind\":\"PARTY\"}").post("/api/events/" + night.id + "/slots")
                .then().statusCode(400).body("errors.kind", containsString("must be one of"));
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.minutes).isEqualTo(7);
            assertThat(row.qaMinutes).isEqualTo(5);
        });
    }

    @Test
    void concurrentAddsNeverOverfillTheNightNorDoubleBookAPitch() throws Exception {
        Pitch acme = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.ACCEPTED);
        String token = Keycloak.accessToken("olivia");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            // Ten 30-minute items race for a three-hour night: six fit.
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body("{\"kind\":\"OTHER\",\"minutes\":30}").post("/api/events/" + night.id + "/slots").statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes.stream().filter(code -> code == 201)).hasSize(6);
            assertThat(rows()).hasSize(6);
            assertThat(rows()).extracting(item -> item.position).containsExactly(1, 2, 3, 4, 5, 6);

            as("olivia").delete("/api/slots/" + rows().get(0).id).then().statusCode(204);
            // Eight requests for the same pitch: one slot.
            answers.clear();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body("{\"pitchId\":" + acme.id + "}").post("/api/events/" + night.id + "/slots").statusCode()));
            }
            codes.clear();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).containsOnly(201, 409);
            assertThat(codes.stream().filter(code -> code == 201)).hasSize(1);
            assertThat(rows()).filteredOn(item -> acme.id.equals(item.pitchId)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWithdrawnPitchFreesItsSlotAndTheRestMovesUp() {
        long doors = add("{\"kind\":\"DOORS\"}");
        // sam's own pitch, through the API, so that he can withdraw it.
        long samsPitch = ((Number) as("sam").body("""
                {"company":"Acme Robotics","oneLiner":"Robots","problem":"Laundry.","stage":"IDEA","contactEmail":"sam@acme.example"}""")
                .post("/api/events/" + night.id + "/pitches").then().statusCode(201).extract().path("id")).longValue();
        as("olivia").body("{\"decision\":\"ACCEPTED\"}").post("/api/pitches/" + samsPitch + "/decision").then().statusCode(200);
        add("{\"pitchId\":" + samsPitch + "}");
        long networking = add("{\"kind\":\"NETWORKING\"}");

        as("sam").delete("/api/pitches/" + samsPitch).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        assertThat(rows()).extracting(item -> item.id).containsExactly(doors, networking);
        assertThat(rows()).extracting(item -> item.position).containsExactly(1, 2);
        given().get("/api/events/" + night.id + "/slots").then().body("[1].startsAt", equalTo("2026-12-10T19:00:00-08:00"));
    }

    @Test
    void anAcceptedPitchDecidedOtherwiseLosesItsSlot() {
        Pitch acme = pitches.pitch(night.id, "f1", "Acme", Pitch.Status.ACCEPTED);
        add("{\"pitchId\":" + acme.id + "}");
        as("olivia").body("{\"decision\":\"RESERVE\"}").post("/api/pitches/" + acme.id + "/decision").then().statusCode(200);
        assertThat(rows()).isEmpty();
    }

    @Test
    void onlyOrganizersChangeTheAgendaAndAnyoneReadsIt() {
        long doors = add("{\"kind\":\"DOORS\"}");
        as("alice").body("{\"kind\":\"BREAK\"}").post("/api/events/" + night.id + "/slots").then().statusCode(403);
        as("alice").body("{\"minutes\":5}").patch("/api/slots/" + doors).then().statusCode(403);
        as("alice").body("{\"position\":1}").post("/api/slots/" + doors + "/move").then().statusCode(403);
        as("alice").delete("/api/slots/" + doors).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"kind\":\"BREAK\"}").post("/api/events/" + night.id + "/slots").then().statusCode(401);
        given().get("/api/events/" + night.id + "/slots").then().statusCode(200).body("id", hasSize(1));
        as("olivia").delete("/api/slots/" + doors).then().statusCode(204);
        assertThat(rows()).isEmpty();
        as("olivia").delete("/api/slots/" + doors).then().statusCode(404);
    }

    @Test
    void theEventPageShowsTheAgendaInTheNightsZoneAndTheAcceptedStartups() {
        Pitch acme = pitches.pitch(night.id, "f1", "Acme <Robotics>", Pitch.Status.ACCEPTED);
        pitches.pitch(night.id, "f2", "Rejected Co", Pitch.Status.REJECTED);
        add("{\"kind\":\"DOORS\",\"minutes\":30}");
        add("{\"pitchId\":" + acme.id + "}");
        String html = given().get("/events/" + night.id).then().statusCode(200).extract().asString()
                .replace('\u202f', ' '); // times carry a narrow no-break space before AM/PM
        assertThat(html).contains("Agenda").contains("6:30 PM").contains("Doors open").contains("7:00 PM")
                .contains("Acme &lt;Robotics&gt;").contains("5 min pitch + 3 min Q&amp;A")
                .contains("Startups pitching").contains("Apply to pitch")
                .doesNotContain("Rejected Co").doesNotContain("<Robotics>");
    }
}
