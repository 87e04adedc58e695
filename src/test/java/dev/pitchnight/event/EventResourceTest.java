package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    static final String PALO_ALTO_NIGHT = """
            {"title":"Palo Alto Pitch Night","description":"Four startups, **five** minutes each.",
             "startsAt":"2026-12-10T18:30:00","endsAt":"2026-12-10T21:00:00","timeZone":"America/Los_Angeles",
             "capacity":195,"guestsAllowed":1,"waitlistPolicy":"AUTO","status":"PUBLISHED",
             "venue":"The Forum","venueAddress":"530 University Ave, Palo Alto"}""";

    @Inject
    TestData data;

    MeetupGroup group;

    @BeforeEach
    void groupOwnedByOlivia() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void organizerAnnouncesANightInTheNightsOwnTimeZone() {
        long id = ((Number) as("olivia").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events")
                .then().statusCode(201)
                .header("Location", containsString("/api/events/"))
                .body("slug", equalTo("palo-alto-pitch-night"))
                .body("startsAt", equalTo("2026-12-10T18:30:00-08:00"))
                .body("endsAt", equalTo("2026-12-10T21:00:00-08:00"))
                .body("timeZone", equalTo("America/Los_Angeles"))
                .body("capacity", equalTo(195))
                .body("confirmedSeats", equalTo(0))
                .body("waitlistLength", equalTo(0))
                .body("status", equalTo("PUBLISHED"))
                .extract().path("id")).longValue();

        Event stored = data.reload(id);
        assertThat(stored.startsAt).hasToString("2026-12-11T02:30:00Z");
        assertThat(stored.createdBy).isEqualTo("olivia");
        given().get("/api/events").then().statusCode(200).body("title", hasItem("Palo Alto Pitch Night"));
        given().get("/api/events/" + id).then().statusCode(200).body("title", equalTo("Palo Alto Pitch Night"));

        // A second night with the same title gets its own address.
        as("olivia").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events")
                .then().statusCode(201).body("slug", equalTo("palo-alto-pitch-night-2"));
    }

    @Test
    void onlyTheGroupsOrganizersMayAnnounce() {
        as("alice").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events")
                .then().statusCode(403).contentType("application/problem+json");
        as("sam").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events").then().statusCode(403);
        as("olivia").body(PALO_ALTO_NIGHT).post("/api/groups/nope/events").then().statusCode(404);
        as("admin").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events").then().statusCode(201);
        assertThat(data.eventCount()).isEqualTo(1);
    }

    @Test
    void invalidFieldsAreListedOneByOneAndNothingIsWritten() {
        as("olivia").body("""
                {"title":"  ","startsAt":"2026-12-10T21:00:00","endsAt":"2026-12-10T18:00:00",
                 "timeZone":"Mars/Olympus","capacity":-5,"guestsAllowed":50,"onlineUrl":"javascript:alert(1)"}""")
                .post("/api/groups/svnewtech/events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.title", equalTo("is required"))
                .body("errors.timeZone", containsString("IANA"))
                .body("errors.capacity", equalTo("must be between 0 and 100000"))
                .body("errors.guestsAllowed", equalTo("must be between 0 and 10"))
                .body("errors.onlineUrl", equalTo("must be an http(s) address"));
        as("olivia").body("{\"title\":\"x\",\"startsAt\":\"tomorrow\"}").post("/api/groups/svnewtech/events")
                .then().statusCode(400).body("errors.startsAt", equalTo("has the wrong type or format"));
        assertThat(data.eventCount()).isZero();
    }

    @Test
    void raisingCapacityPromotesLoweringBelowTakenSeatsIsRefused() {
        Event night = data.night(group, "Small Night", 1, 0);
        as("alice").body("{}").put("/api/events/" + night.id + "/rsvp").then().body("status", equalTo("CONFIRMED"));
        as("bob").body("{}").put("/api/events/" + night.id + "/rsvp").then().body("status", equalTo("WAITLISTED"));

        as("olivia").body("{\"capacity\":0}").patch("/api/events/" + night.id)
                .then().statusCode(409).body("detail", containsString("1 seat is already taken"));
        assertThat(data.reload(night.id).capacity).isEqualTo(1);

        as("olivia").body("{\"capacity\":2}").patch("/api/events/" + night.id)
                .then().statusCode(200)
                .body("capacity", equalTo(2)).body("confirmedSeats", equalTo(2)).body("waitlistLength", equalTo(0));
        assertThat(data.rsvps(night.id)).allSatisfy(rsvp -> assertThat(rsvp.status).isEqualTo(Rsvp.Status.CONFIRMED));
    }

    @Test
    void patchChangesOnlyWhatIsGivenAndOnlyForOrganizers() {
        Event night = data.night(group, "Small Night", 10, 0);
        as("olivia").body("{\"title\":\"Renamed Night\",\"venue\":\"Garage\"}").patch("/api/events/" + night.id)
                .then().statusCode(200).body("title", equalTo("Renamed Night")).body("capacity", equalTo(10))
                .body("venue", equalTo("Garage"));
        as("alice").body("{\"title\":\"Hijacked\"}").patch("/api/events/" + night.id)
                .then().statusCode(403);
        as("olivia").body("{\"status\":\"DRAFT\"}").patch("/api/events/" + night.id)
                .then().statusCode(400).body("errors.status", equalTo("cannot change from PUBLISHED to DRAFT"));
        assertThat(data.reload(night.id).title).isEqualTo("Renamed Night");
    }

    @Test
    void ownersChooseCoOrganizersWhoCanThenAnnounce() {
        as("bob").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events").then().statusCode(403);
        as("alice").put("/api/groups/svnewtech/organizers/bob").then().statusCode(403);

        as("olivia").put("/api/groups/svnewtech/organizers/bob").then().statusCode(204);
        as("bob").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events").then().statusCode(201);
        // A co-organizer cannot choose organizers; only owners can.
        as("bob").put("/api/groups/svnewtech/organizers/alice").then().statusCode(403);
        // The group's page names him as people know him, not by his user name.
        String bobsName = as("bob").get("/api/me").then().statusCode(200).extract().path("name");
        given().get("/groups/svnewtech").then().body(containsString("<li class=\"chip\">" + bobsName));

        as("olivia").delete("/api/groups/svnewtech/organizers/bob").then().statusCode(204);
        as("bob").body(PALO_ALTO_NIGHT).post("/api/groups/svnewtech/events").then().statusCode(403);
    }

    @Test
    void draftsAreInvisibleToTheApiPublic() {
        Event draft = data.event(group, "Secret Draft", Event.Status.DRAFT, Duration.ofDays(3));
        given().get("/api/events/" + draft.id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/events").then().statusCode(200).body("title", not(hasItem("Secret Draft")));
    }
}
