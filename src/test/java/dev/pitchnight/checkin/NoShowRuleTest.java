package dev.pitchnight.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.rsvp.NoShowHold;
import dev.pitchnight.rsvp.OfferExpiry;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.TemporalUnitOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group's rule "members with N no-shows in a row RSVP to the waitlist first", wired into
 * the waitlist: bob missed both past nights of the group, alice missed one, sam came to both.
 */
@QuarkusTest
class NoShowRuleTest {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    @Inject
    OfferExpiry upkeep;

    MeetupGroup group;
    Event next;

    @BeforeEach
    void twoPastNightsAndANightTwoWeeksOut() {
        Keycloak.ensureUser("carol", "Carol Okafor");
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event first = data.event(group, "First Night", Event.Status.PUBLISHED, Duration.ofDays(-20));
        Event second = data.event(group, "Second Night", Event.Status.COMPLETED, Duration.ofDays(-10));
        for (Event night : new Event[] {first, second}) {
            door.came(door.seat(night.id, "sam", 0));
            Rsvp alice = door.seat(night.id, "alice", 0);
            if (night == first) {
                door.came(alice);
            }
            door.seat(night.id, "bob", 0);
        }
        next = data.night(group, "Next Night", 2, 0);
    }

    @Test
    void whileTheRuleIsOffNobodyIsHeldBack() {
        assertThat(rsvp("bob", next).getString("status")).isEqualTo("CONFIRMED");
        assertThat(row(next, "bob").heldUntil).isNull();
    }

    @Test
    void aFlaggedMemberWaitsEvenWithSeatsFreeAndOthersTakeTheSeatsMeanwhile() {
        ruleOn(2);
        JsonPath bob = rsvp("bob", next);
        assertThat(bob.getString("status")).isEqualTo("WAITLISTED");
        assertThat(bob.getInt("position")).isEqualTo(1);
        Instant releaseAt = next.startsAt.minus(NoShowHold.RELEASE_BEFORE);
        assertThat(Instant.parse(bob.getString("heldUntil"))).isCloseTo(releaseAt, within());

        // Held places do not block the queue: alice (one no-show only) and sam take the two seats.
        assertThat(rsvp("alice", next).getString("status")).isEqualTo("CONFIRMED");
        assertThat(rsvp("sam", next).getString("status")).isEqualTo("CONFIRMED");
        JsonPath carol = rsvp("carol", next);
        assertThat(carol.getString("status")).isEqualTo("WAITLISTED");
        assertThat(carol.getInt("position")).isEqualTo(2);
        Event after = data.reload(next.id);
        assertThat(after.confirmedSeats).isEqualTo(2);
        assertThat(after.waitlistLength).isEqualTo(2);

        // bob's mail says why he waits and until when; carol's is the plain waitlist mail.
        assertThat(mailTo("bob@")).contains("number 1 on the waitlist").contains("your place is held back until");
        assertThat(mailTo("carol@")).contains("is full right now").doesNotContain("held back");

        // bob reads why on the night's page; the organizer sees it in the list.
        as("bob").accept(ContentType.HTML).get("/events/" + next.id).then().statusCode(200)
                .body(containsString("Your place is held back until"));
        as("olivia").get("/events/" + next.id + "/attendees").then().statusCode(200)
                .body(containsString("held back until"))
                .body(containsString("Let bob in now"))
                .body(not(containsString("Let carol in now")));
        as("olivia").get("/api/events/" + next.id + "/attendees").then().statusCode(200)
                .body("waitlisted[0].username", Matchers.equalTo("bob"))
                .body("waitlisted[0].heldUntil", Matchers.notNullValue())
                .body("waitlisted[1].heldUntil", Matchers.nullValue());

        // A freed seat goes to carol, the first who is not held back.
        as("alice").delete("/api/events/" + next.id + "/rsvp").then().statusCode(204);
        assertThat(row(next, "carol").status).isEqualTo(Rsvp.Status.CONFIRMED);
        assertThat(row(next, "bob").status).isEqualTo(Rsvp.Status.WAITLISTED);
    }

    @Test
    void whenTheHoldEndsTheHeldPlaceTakesItsTurnInArrivalOrder() {
        ruleOn(2);
        rsvp("bob", next);
        rsvp("alice", next);
        rsvp("sam", next);
        rsvp("carol", next); // waits behind bob, not held back
        assertThat(upkeep.releaseDue()).isZero(); // the night is two weeks out

        holdRanOut(next, "bob");
        assertThat(upkeep.releaseDue()).isEqualTo(1);
        assertThat(upkeep.releaseDue()).isZero(); // a second run (or instance) finds nothing left
        Rsvp bob = row(next, "bob");
        assertThat(bob.heldUntil).isNull();
        assertThat(bob.status).isEqualTo(Rsvp.Status.WAITLISTED); // still no free seat

        // bob arrived before carol: the next free seat is his.
        as("sam").delete("/api/events/" + next.id + "/rsvp").then().statusCode(204);
        assertThat(row(next, "bob").status).isEqualTo(Rsvp.Status.CONFIRMED);
        assertThat(row(next, "carol").status).isEqualTo(Rsvp.Status.WAITLISTED);
    }

    @Test
    void anOrganizerLetsAHeldMemberInAndNobodyElseCan() {
        ruleOn(2);
        rsvp("bob", next);
        String page = "/events/" + next.id + "/attendees";

        Map<String, Long> before = data.rowCounts();
        Forms.post("alice", "/events/" + next.id, page + "/let-in", Map.of("username", "bob")).then().statusCode(403);
        assertThat(row(next, "bob").heldUntil).isNotNull();
        assertThat(data.rowCounts()).isEqualTo(before);
        Forms.post("olivia", page, page + "/let-in", Map.of("username", "carol")).then().statusCode(409)
                .body(containsString("carol has no place held back"));

        as("olivia").contentType(ContentType.JSON).post("/api/events/" + next.id + "/waitlist/carol/let-in").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("carol has no place held back"));

        Forms.post("olivia", page, page + "/let-in", Map.of("username", "bob")).then().statusCode(303);
        Rsvp bob = row(next, "bob");
        assertThat(bob.heldUntil).isNull();
        assertThat(bob.status).isEqualTo(Rsvp.Status.CONFIRMED); // a seat was free and it was his turn
        assertThat(data.reload(next.id).confirmedSeats).isEqualTo(1);
        as("olivia").contentType(ContentType.JSON).post("/api/events/" + next.id + "/waitlist/bob/let-in").then().statusCode(409); // once is enough
    }

    @Test
    void theApiLetsAHeldMemberInAndAnswersTheListInOrder() {
        ruleOn(2);
        rsvp("alice", next);
        rsvp("sam", next);
        rsvp("bob", next);
        rsvp("carol", next);
        as("alice").contentType(ContentType.JSON).post("/api/events/" + next.id + "/waitlist/bob/let-in").then().statusCode(403);
        as("olivia").contentType(ContentType.JSON).post("/api/events/" + next.id + "/waitlist/bob/let-in").then().statusCode(200)
                .body("waitlisted.username", Matchers.contains("bob", "carol"))
                .body("waitlisted[0].heldUntil", Matchers.nullValue());
        assertThat(row(next, "bob").heldUntil).isNull();
    }

    @Test
    void nobodyIsHeldBackInTheLastDayOrOnANightWithoutWaitlist() {
        ruleOn(1);
        Event tonight = data.event(group, "Tonight", Event.Status.PUBLISHED, Duration.ofHours(12));
        assertThat(rsvp("bob", tonight).getString("status")).isEqualTo("CONFIRMED");
        assertThat(row(tonight, "bob").heldUntil).isNull();

        Event noWaitlist = data.night(group, "No Waitlist Night", 5, 0);
        QuarkusTransaction.requiringNew().run(() -> Event.update("waitlistEnabled = false where id = ?1", noWaitlist.id));
        assertThat(rsvp("alice", noWaitlist).getString("status")).isEqualTo("CONFIRMED");

        // sam came to every night: never held, whatever the limit.
        assertThat(rsvp("sam", next).getString("status")).isEqualTo("CONFIRMED");
        // alice's latest night was a no-show: with a limit of 1 she waits first.
        assertThat(rsvp("alice", next).getString("status")).isEqualTo("WAITLISTED");
    }

    @Test
    void theRulePageExplainsWhatTheRuleDoes() {
        as("olivia").get("/groups/svnewtech/attendance").then().statusCode(200)
                .body(containsString("their place is held back until 24 hours before the night"));
        given().auth().oauth2(Keycloak.accessToken("olivia")).header("Accept-Language", "de")
                .get("/groups/svnewtech/attendance").then().statusCode(200)
                .body(containsString("bis 24 Stunden vor dem Abend zurückgehalten"));
    }

    private void ruleOn(int limit) {
        String page = "/groups/svnewtech/attendance";
        Forms.post("olivia", page, page + "/rule", Map.of("noShowLimit", String.valueOf(limit))).then().statusCode(303);
    }

    private static JsonPath rsvp(String user, Event night) {
        return as(user).contentType(ContentType.JSON).body("{\"guests\":0}")
                .put("/api/events/" + night.id + "/rsvp").then().statusCode(200).extract().jsonPath();
    }

    private String mailTo(String recipientPrefix) {
        return data.outbox().stream().filter(mail -> mail.recipient.startsWith(recipientPrefix)
                        && mail.kind == OutboxMail.Kind.RSVP_WAITLISTED)
                .map(mail -> mail.body).findFirst().orElseThrow();
    }

    private Rsvp row(Event night, String username) {
        return data.rsvps(night.id).stream().collect(Collectors.toMap(rsvp -> rsvp.username, rsvp -> rsvp)).get(username);
    }

    private static void holdRanOut(Event night, String username) {
        QuarkusTransaction.requiringNew().run(() -> Rsvp.update("heldUntil = ?1 where eventId = ?2 and username = ?3",
                Instant.now().minusSeconds(1), night.id, username));
    }

    private static TemporalUnitOffset within() {
        return Assertions.within(1, ChronoUnit.SECONDS);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }
}
