package dev.pitchnight.rsvp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.Oversized;
import dev.pitchnight.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RsvpResourceTest {

    @Inject
    TestData data;

    Event night;

    @BeforeEach
    void twoSeatNight() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Tiny Night", 2, 1);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    String rsvpPath() {
        return "/api/events/" + night.id + "/rsvp";
    }

    @TestHTTPResource("/api/events/")
    URI eventsApi;

    @Test
    void anOversizedBodyIsA413ProblemAndWritesNothing() throws Exception {
        HttpResponse<String> answer = Oversized.send("PUT", eventsApi.resolve(night.id + "/rsvp"), "application/json",
                "{\"guests\":0,\"note\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}", Keycloak.accessToken("alice"));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413", "larger than the 10M this server accepts");
        assertThat(data.rsvps(night.id)).isEmpty();
        assertThat(data.outbox()).isEmpty();
    }

    @Test
    void firstComerIsConfirmedAndRepeatingChangesNothing() {
        as("alice").body("{\"guests\":0}").put(rsvpPath())
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("seats", equalTo(1))
                .body("position", nullValue());
        as("alice").body("{\"guests\":0}").put(rsvpPath())
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));

        assertThat(data.rsvps(night.id)).hasSize(1);
        assertThat(data.reload(night.id).confirmedSeats).isEqualTo(1);
        as("alice").get(rsvpPath()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void fullNightWaitlistsInArrivalOrderAndNobodyJumpsTheQueue() {
        as("alice").body("{\"guests\":0}").put(rsvpPath()).then().body("status", equalTo("CONFIRMED"));
        // bob brings a guest: two seats, only one left, so he waits.
        as("bob").body("{\"guests\":1}").put(rsvpPath())
                .then().statusCode(200).body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        // One seat is free, but bob is ahead: sam waits behind him.
        as("sam").body("{\"guests\":0}").put(rsvpPath())
                .then().statusCode(200).body("status", equalTo("WAITLISTED")).body("position", equalTo(2));

        given().get("/api/events/" + night.id)
                .then().statusCode(200)
                .body("confirmedSeats", equalTo(1)).body("seatsLeft", equalTo(1)).body("waitlistLength", equalTo(2));
    }

    @Test
    void cancellingPromotesTheHeadOfTheWaitlist() {
        as("alice").body("{}").put(rsvpPath()).then().body("status", equalTo("CONFIRMED"));
        as("bob").body("{\"guests\":1}").put(rsvpPath()).then().body("status", equalTo("WAITLISTED"));
        as("sam").body("{}").put(rsvpPath()).then().body("position", equalTo(2));

        as("alice").delete(rsvpPath()).then().statusCode(204);

        as("bob").get(rsvpPath()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as("sam").get(rsvpPath()).then().statusCode(200).body("status", equalTo("WAITLISTED")).body("position", equalTo(1));
        as("alice").get(rsvpPath()).then().statusCode(404).contentType("application/problem+json");
        Event after = data.reload(night.id);
        assertThat(after.confirmedSeats).isEqualTo(2);
        assertThat(after.waitlistLength).isEqualTo(1);

        // Cancelling again is the same as once.
        as("alice").delete(rsvpPath()).then().statusCode(204);
        // Coming back means the back of the queue.
        as("alice").body("{}").put(rsvpPath()).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(2));
    }

    @Test
    void organizerSeesTheListsInOrderOthersDoNot() {
        as("alice").body("{}").put(rsvpPath());
        as("bob").body("{\"guests\":1}").put(rsvpPath());
        as("sam").body("{}").put(rsvpPath());

        as("olivia").get("/api/events/" + night.id + "/attendees")
                .then().statusCode(200)
                .body("confirmed.username", contains("alice"))
                .body("waitlisted.username", contains("bob", "sam"))
                .body("waitlisted.position", contains(1, 2))
                .body("waitlisted.guests", contains(1, 0));
        as("alice").get("/api/events/" + night.id + "/attendees")
                .then().statusCode(403).contentType("application/problem+json");
        as("admin").get("/api/events/" + night.id + "/attendees").then().statusCode(200);
        given().get("/api/events/" + night.id + "/attendees").then().statusCode(401);
    }

    @Test
    void organizerMovesAWaitlistedPersonAndTheNewHeadGetsTheFreeSeat() {
        as("alice").body("{}").put(rsvpPath());
        as("bob").body("{\"guests\":1}").put(rsvpPath()).then().body("position", equalTo(1));
        as("sam").body("{}").put(rsvpPath()).then().body("position", equalTo(2));

        // sam moves ahead of bob; one seat is free and sam needs one: he is seated at once.
        as("olivia").body("{\"position\":1}").post("/api/events/" + night.id + "/waitlist/sam/move")
                .then().statusCode(200)
                .body("confirmed.username", contains("alice", "sam"))
                .body("waitlisted.username", contains("bob"));
        as("sam").get(rsvpPath()).then().body("status", equalTo("CONFIRMED"));
        assertThat(data.reload(night.id).confirmedSeats).isEqualTo(2);

        as("alice").body("{\"position\":1}").post("/api/events/" + night.id + "/waitlist/bob/move")
                .then().statusCode(403);
        as("olivia").body("{\"position\":5}").post("/api/events/" + night.id + "/waitlist/bob/move")
                .then().statusCode(400).body("errors.position", equalTo("must be between 1 and 1"));
        as("olivia").body("{\"position\":1}").post("/api/events/" + night.id + "/waitlist/nobody/move")
                .then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"guests\":-1}", "{\"guests\":\"two\"}", "{\"guests\":1.5}", "{\"guests\":true}",
            "{\"guests\":99999999999}", "{\"guest\":1}", "{\"guests\":", "[1]", "{\"guests\":2}"})
    void badInputIsA400ThatWritesNothing(String body) {
        as("bob").body(body).put(rsvpPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", Matchers.not(Matchers.emptyOrNullString()));
        assertThat(data.rsvps(night.id)).isEmpty();
        assertThat(data.reload(night.id).queueSeq).isZero();
    }

    @Test
    void moreGuestsThanAllowedSaysHowMany() {
        as("bob").body("{\"guests\":2}").put(rsvpPath())
                .then().statusCode(400)
                .body("errors.guests", equalTo("this night allows at most 1 guest"));
    }

    @Test
    void unknownNightIsA404AndAnonymousIsA401() {
        as("alice").body("{}").put("/api/events/999999/rsvp")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("999999"));
        given().contentType(ContentType.JSON).body("{}").put(rsvpPath())
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(data.rsvps(night.id)).isEmpty();
    }

    @Test
    void rsvpsOnlyInsideTheRsvpWindow() {
        data.rsvpWindow(night.id, Duration.ofHours(1), Duration.ofHours(2));
        as("alice").body("{}").put(rsvpPath())
                .then().statusCode(409).body("title", equalTo("RSVPs not open yet"));
        data.rsvpWindow(night.id, Duration.ofHours(-2), Duration.ofHours(-1));
        as("alice").body("{}").put(rsvpPath())
                .then().statusCode(409).body("title", equalTo("RSVPs closed"));
        assertThat(data.rsvps(night.id)).isEmpty();
        data.rsvpWindow(night.id, Duration.ofHours(-1), Duration.ofHours(1));
        as("alice").body("{}").put(rsvpPath()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void cancelledNightRefusesRsvpsWith409() {
        data.setStatus(night.id, Event.Status.CANCELLED);
        as("alice").body("{}").put(rsvpPath())
                .then().statusCode(409).body("title", equalTo("Night cancelled"));
        assertThat(data.rsvps(night.id)).isEmpty();
    }
}
