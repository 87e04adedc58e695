package dev.pitchnight.rsvp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Policy OFFER: freed seats are held for the next in line until a deadline, then passed on. */
@QuarkusTest
class WaitlistOfferTest {

    @Inject
    TestData data;

    @Inject
    OfferExpiry expiry;

    Event night;

    @BeforeEach
    void oneSeatOfferNightWithAliceSeatedAndTwoWaiting() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Offer Night", 1, 0);
        data.setPolicy(night.id, Event.WaitlistPolicy.OFFER);
        as("alice").body("{}").put(rsvp()).then().body("status", equalTo("CONFIRMED"));
        as("bob").body("{}").put(rsvp()).then().body("status", equalTo("WAITLISTED"));
        as("sam").body("{}").put(rsvp()).then().body("position", equalTo(2));
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    String rsvp() {
        return "/api/events/" + night.id + "/rsvp";
    }

    @Test
    void freedSeatIsHeldForTheHeadForTwelveHoursAndCanBeTaken() {
        as("alice").delete(rsvp()).then().statusCode(204);

        String expires = as("bob").get(rsvp()).then().statusCode(200)
                .body("status", equalTo("OFFERED")).extract().path("offerExpiresAt");
        assertThat(Instant.parse(expires)).isCloseTo(Instant.now().plus(Duration.ofHours(12)), within(2, ChronoUnit.MINUTES));
        // The held seat is not free for anyone else.
        given().get("/api/events/" + night.id).then().body("seatsLeft", equalTo(0));
        as("sam").get(rsvp()).then().body("status", equalTo("WAITLISTED")).body("position", equalTo(1));

        as("bob").post(rsvp() + "/accept").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        Event after = data.reload(night.id);
        assertThat(after.confirmedSeats).isEqualTo(1);
        assertThat(after.offeredSeats).isZero();
    }

    @Test
    void decliningPassesTheOfferToTheNextInLine() {
        as("alice").delete(rsvp()).then().statusCode(204);
        as("bob").post(rsvp() + "/decline").then().statusCode(204);

        as("sam").get(rsvp()).then().body("status", equalTo("OFFERED"));
        as("bob").post(rsvp() + "/accept").then().statusCode(409).body("title", equalTo("No seat on offer"));
    }

    @Test
    void anExpiredOfferPassesOnWithoutAnyRequest() {
        as("alice").delete(rsvp()).then().statusCode(204);
        data.expireOffers(night.id);

        assertThat(expiry.expireDue()).isEqualTo(1);
        assertThat(expiry.expireDue()).isZero();

        as("bob").get(rsvp()).then().statusCode(404);
        as("sam").get(rsvp()).then().body("status", equalTo("OFFERED"));
        Event after = data.reload(night.id);
        assertThat(after.offeredSeats).isEqualTo(1);
        assertThat(after.waitlistLength).isZero();
    }

    @Test
    void anOfferNeverOutlastsTheRsvpWindow() {
        data.closeRsvpsIn(night.id, Duration.ofHours(2));
        as("alice").delete(rsvp()).then().statusCode(204);

        String expires = as("bob").get(rsvp()).then().body("status", equalTo("OFFERED")).extract().path("offerExpiresAt");
        assertThat(Instant.parse(expires)).isBefore(Instant.now().plus(Duration.ofHours(2)).plusSeconds(5));
    }
}
