package dev.pitchnight.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckinResourceTest {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    MeetupGroup group;
    Event night;

    @BeforeEach
    void nightWithOliviaAtTheDoor() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Door Night", 3, 1);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    String rsvp(String user, int guests, long eventId) {
        return as(user).body("{\"guests\":" + guests + "}").put("/api/events/" + eventId + "/rsvp")
                .then().statusCode(200).extract().path("ticketToken");
    }

    Response scan(String token) {
        return as("olivia").body(Map.of("token", token)).post("/api/events/" + night.id + "/checkins");
    }

    @Test
    void confirmedRsvpCarriesASignedTicketTokenAndTheWaitlistNone() {
        String token = rsvp("alice", 1, night.id);
        assertThat(token).matches("\\d+\\.[A-Za-z0-9_-]{22}");
        as("alice").get("/api/events/" + night.id + "/rsvp").then().body("ticketToken", equalTo(token));
        // bob's two seats do not fit in the one left: waitlisted, so no ticket.
        as("bob").body("{\"guests\":1}").put("/api/events/" + night.id + "/rsvp")
                .then().body("status", equalTo("WAITLISTED")).body("ticketToken", nullValue());
    }

    @Test
    void aSecondScanSaysAlreadyCheckedInAndChangesNothing() {
        String token = rsvp("alice", 1, night.id);
        Response first = scan(token);
        first.then().statusCode(200).body("username", equalTo("alice")).body("guests", equalTo(1))
                .body("alreadyCheckedIn", equalTo(false));
        String at = first.path("checkedInAt");

        scan(token).then().statusCode(200).body("alreadyCheckedIn", equalTo(true)).body("checkedInAt", equalTo(at));
        assertThat(door.checkins(night.id)).singleElement().satisfies(row -> {
            assertThat(row.username).isEqualTo("alice");
            assertThat(row.checkedInBy).isEqualTo("olivia");
        });
    }

    @Test
    void forgedTamperedOrGarbledTokensAreRefusedAndWriteNothing() {
        String token = rsvp("alice", 0, night.id);
        String bobs = rsvp("bob", 0, night.id);
        String mac = token.substring(token.indexOf('.') + 1);
        long bobId = Long.parseLong(bobs.substring(0, bobs.indexOf('.')));
        // alice's signature on bob's id, a flipped character, a bare id, nonsense, nothing.
        for (String forged : List.of(bobId + "." + mac, token.substring(0, token.length() - 1)
                + (token.endsWith("A") ? "B" : "A"), Long.toString(bobId), "'; DROP TABLE rsvps; --", "")) {
            scan(forged).then().statusCode(400).contentType(containsString("application/problem+json"))
                    .body("detail", containsString("token"));
        }
        assertThat(door.checkins(night.id)).isEmpty();
    }

    @Test
    void aTicketForAnotherNightIsRefusedWithTheReason() {
        Event other = data.night(group, "Other Night", 10, 0);
        String token = rsvp("alice", 0, other.id);
        scan(token).then().statusCode(409).body("detail", containsString("Other Night"))
                .body("detail", containsString("not for “Door Night”"));
        assertThat(door.checkins(night.id)).isEmpty();
        assertThat(door.checkins(other.id)).isEmpty();
    }

    @Test
    void aCancelledRsvpsTicketIsRefused() {
        String token = rsvp("alice", 0, night.id);
        as("alice").delete("/api/events/" + night.id + "/rsvp").then().statusCode(204);
        scan(token).then().statusCode(409).body("detail", containsString("cancelled"));
        assertThat(door.checkins(night.id)).isEmpty();
    }

    @Test
    void onlyTheNightsOrganizersCheckPeopleIn() {
        String token = rsvp("alice", 0, night.id);
        as("bob").body(Map.of("token", token)).post("/api/events/" + night.id + "/checkins")
                .then().statusCode(403);
        as("alice").get("/api/events/" + night.id + "/checkins/counts").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .post("/api/events/" + night.id + "/checkins").then().statusCode(401);
        assertThat(door.checkins(night.id)).isEmpty();
    }

    @Test
    void aReplayedOfflineQueueFromTwoPhonesMakesOneCheckin() throws Exception {
        String token = rsvp("alice", 1, night.id);
        String bearer = Keycloak.accessToken("olivia");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Callable<Response> replay = () -> given().auth().oauth2(bearer).contentType(ContentType.JSON)
                        .body(Map.of("token", token)).post("/api/events/" + night.id + "/checkins");
                answers.add(pool.submit(replay));
            }
            int first = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                if (!response.<Boolean>path("alreadyCheckedIn")) {
                    first++;
                }
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(door.checkins(night.id)).hasSize(1);
    }

    @Test
    void doorCountsFollowTheCheckins() {
        String alice = rsvp("alice", 1, night.id);
        rsvp("bob", 0, night.id);
        as("olivia").get("/api/events/" + night.id + "/checkins/counts").then().statusCode(200)
                .body("checkedInSeats", equalTo(0)).body("confirmedSeats", equalTo(3))
                .body("confirmedPeople", equalTo(2));
        scan(alice).then().statusCode(200);
        as("olivia").get("/api/events/" + night.id + "/checkins/counts").then()
                .body("checkedInPeople", equalTo(1)).body("checkedInSeats", equalTo(2)).body("confirmedSeats", equalTo(3));
    }

    @Test
    void theTicketPageShowsTheQrCodeOnlyToItsHolder() {
        String token = rsvp("alice", 0, night.id);
        given().auth().oauth2(Keycloak.accessToken("alice")).get("/events/" + night.id + "/ticket").then()
                .statusCode(200).body(containsString("<svg")).body(containsString(token))
                .body(containsString("Door Night")).body(matchesPattern("(?s).*<path d=\"(M\\d+,\\d+h1v1h-1z)+\".*"));
        given().auth().oauth2(Keycloak.accessToken("bob")).get("/events/" + night.id + "/ticket").then()
                .statusCode(404).body(containsString("no ticket")).body(not(containsString(token)));
    }

    @Test
    void withoutJavaScriptTheDoorFormChecksInOnceAndRefusesForgeries() {
        String token = rsvp("alice", 1, night.id);
        String door = "/events/" + night.id + "/checkin";
        Response done = Forms.post("olivia", door, door, Map.of("token", token));
        done.then().statusCode(303).header("Location", containsString("/checkin?done="));
        given().auth().oauth2(Keycloak.accessToken("olivia")).get(done.header("Location").replaceFirst("#.*", "")).then().statusCode(200)
                .body(containsString("<strong>alice</strong> +1 guest —")).body(containsString("checked in"))
                .body(containsString("notice notice-ok")).body(not(containsString("notice notice-warn")));

        Response again = Forms.post("olivia", door, door, Map.of("token", token));
        again.then().statusCode(303).header("Location", containsString("again=true"));
        given().auth().oauth2(Keycloak.accessToken("olivia")).get(again.header("Location").replaceFirst("#.*", "")).then()
                .body(matchesPattern("(?s).*already checked in at \\d{1,2}:\\d{2}.?[AP]M.*"));

        Forms.post("olivia", door, door, Map.of("token", token.substring(0, token.length() - 2) + "xx"))
                .then().statusCode(400).body(containsString("not a Pitchnight ticket"));
        assertThat(this.door.checkins(night.id)).hasSize(1);
    }

    @Test
    void anonymousVisitorsAreSentToSignInOnEveryDoorAndNetworkingPage() {
        for (String page : List.of("/events/" + night.id + "/ticket", "/events/" + night.id + "/checkin",
                "/events/" + night.id + "/attendance", "/groups/svnewtech/attendance", "/events/" + night.id + "/network",
                "/contacts", "/contacts/all.vcf")) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("/realms/pitchnight/"));
        }
        given().get("/api/events/" + night.id + "/checkins/counts").then().statusCode(401);
    }

    @Test
    void theDoorPageFindsPeopleByNameForOrganizersOnly() {
        rsvp("alice", 1, night.id);
        given().auth().oauth2(Keycloak.accessToken("olivia")).get("/events/" + night.id + "/checkin?q=ali").then()
                .statusCode(200).body(containsString("alice")).body(containsString("+1 guest"))
                .body(containsString("Check in alice"));
        given().auth().oauth2(Keycloak.accessToken("bob")).get("/events/" + night.id + "/checkin").then()
                .statusCode(403);
    }
}
