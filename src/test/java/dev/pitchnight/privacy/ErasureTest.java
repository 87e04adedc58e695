package dev.pitchnight.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasing an account end to end, with users of its own in the real Keycloak: a full night with a
 * waitlist, a pitch on a night to come, and a past night with a check-in, a question, a card and
 * a connection. Afterwards nothing in the database — and so no page, API answer, CSV, vCard,
 * report or live change — names the person, the waitlist moved up as for a cancel, the organizer
 * heard of the withdrawn pitch, the old token gets 401 and the Keycloak account is gone.
 */
@QuarkusTest
class ErasureTest {

    static final String ERIN = "erin15";
    static final String WANDA = "wanda15";
    static final String OLLIE = "ollie15";

    @Inject
    TestData data;

    @Inject
    PrivacyRows rows;

    @Inject
    Erasures erasures;

    MeetupGroup group;

    @BeforeEach
    void people() {
        data.clear();
        Keycloak.ensureUser(ERIN, "Erin Erasable");
        Keycloak.ensureUser(WANDA, "Wanda Waiting");
        group = data.group("privacy-club", "Privacy Club");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        data.member(group, ERIN, GroupMember.GroupRole.MEMBER);
    }

    static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    static void rsvp(String user, long eventId) {
        as(user).contentType(ContentType.JSON).body("{}").put("/api/events/" + eventId + "/rsvp").then().statusCode(200);
    }

    @Test
    void erasingAConfirmedAttendeeMovesTheWaitlistUpAndLeavesNoTraceOfThem() {
        Event full = data.night(group, "Full House Night", 1, 0);
        rsvp(ERIN, full.id);
        rsvp(WANDA, full.id);
        assertThat(data.rsvps(full.id)).extracting(r -> r.username + ":" + r.status)
                .containsExactly(ERIN + ":CONFIRMED", WANDA + ":WAITLISTED");

        Event coming = data.night(group, "Pitch Night To Come", 50, 0);
        long upcomingPitch = rows.pitch(coming.id, ERIN, "Erin Erasable", "Foldbot", "founder@foldbot.example", "ACCEPTED");

        Event past = data.night(group, "Last Month Night", 50, 0);
        rsvp(ERIN, past.id);
        rsvp("bob", past.id);
        rows.endedAgo(past.id, Duration.ofDays(30));
        rows.checkIn(past.id, ERIN);
        long question = rows.question(past.id, ERIN, "Erin Erasable", "How do you fold fitted sheets?");
        rows.card(past.id, ERIN, "Erin Erasable", "erin15@foldbot.example");
        rows.card(past.id, "bob", "Bob Builder", "bob@example.com");
        rows.connection(past.id, "bob", ERIN);
        long pastPitch = rows.pitch(past.id, ERIN, "Erin Erasable", "Foldbot Classic", "erin15@foldbot.example", "ACCEPTED");
        rows.message(past.id, ERIN); // she helped organize that night once
        rows.memberAddress(group.id, ERIN, "erin15.home@foldbot.example");
        as(ERIN).contentType(ContentType.JSON).body("{\"newNights\":true,\"reminders\":false,\"organizerMessages\":true}")
                .patch("/api/me/notifications").then().statusCode(200);

        // Signed in once: Pitchnight knows her name; her export holds all of the above.
        as(ERIN).get("/api/me").then().statusCode(200);
        assertThat(nameRowWithin(Duration.ofSeconds(5))).as("her name, written behind her request").isEqualTo(1);
        Map<String, Object> before = as(ERIN).get("/api/me/export").then().statusCode(200).extract().as(Map.class);
        assertThat((List<?>) before.get("rsvps")).hasSize(2);
        assertThat((List<?>) before.get("pitches")).hasSize(2);
        assertThat(String.valueOf(before.get("notificationPreferences"))).contains("reminders=false").contains("newNights=true");
        assertThat(String.valueOf(before.get("messagesSent"))).contains("subject=Doors open at six");
        assertThat(String.valueOf(before.get("groups"))).contains("email=erin15.home@foldbot.example");

        // The search below finds her everywhere before the erasure (so its empty answer afterwards means something).
        assertThat(rows.tablesMentioning(ERIN, "Erasable")).contains("rsvps.username ∋ erin15", "people.display_name ∋ Erasable",
                "questions.asker_name ∋ Erasable", "live_changes.payload ∋ Erasable", "network_cards.email ∋ erin15",
                "pitches.founder_name ∋ Erasable", "group_members.username ∋ erin15", "group_members.email ∋ erin15",
                "outbox_mails.recipient ∋ erin15", "night_messages.sent_by ∋ erin15", "notification_preferences.username ∋ erin15");

        // Without typing her user name nothing happens.
        as(ERIN).delete("/api/me").then().statusCode(400);
        as(ERIN).queryParam("confirm", "wanda15").delete("/api/me").then().statusCode(400);
        assertThat(erasures.pending(ERIN)).isFalse();
        as(ERIN).get("/api/me").then().statusCode(200);

        Response accepted = as(ERIN).queryParam("confirm", ERIN).delete("/api/me");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        // From the request on, her token is refused (before the worker ran).
        as(ERIN).get("/api/me").then().statusCode(401);
        as(ERIN).get("/api/me/export").then().statusCode(401);

        assertThat(erasures.runDue()).isEqualTo(1);
        assertThat(erasures.runDue()).isZero();

        // The waitlist moved up exactly as for a cancel, and Wanda's mail is queued.
        assertThat(data.rsvps(full.id)).extracting(r -> r.status).containsExactly(Rsvp.Status.CANCELLED, Rsvp.Status.CONFIRMED);
        assertThat(data.rsvps(full.id).get(1).username).isEqualTo(WANDA);
        Event fullAfter = data.reload(full.id);
        assertThat(fullAfter.confirmedSeats).isEqualTo(1);
        assertThat(fullAfter.waitlistLength).isZero();
        List<OutboxMail> mails = data.outbox();
        assertThat(mails).anyMatch(m -> m.kind == OutboxMail.Kind.RSVP_PROMOTED && m.recipient.equals(WANDA + "@pitchnight.test"));
        // The pitch on the night to come is withdrawn and its organizer mailed.
        assertThat(rows.text("SELECT status FROM pitches WHERE id = ?1", upcomingPitch)).isEqualTo("WITHDRAWN");
        assertThat(mails).anyMatch(m -> m.kind == OutboxMail.Kind.PITCH_WITHDRAWN && m.recipient.equals("olivia@pitchnight.test")
                && m.subject.contains("Foldbot"));

        // The past night keeps its record and counts, without her.
        assertThat(rows.count("SELECT COUNT(*) FROM rsvps WHERE event_id = ?1", past.id)).isEqualTo(2);
        assertThat(rows.count("SELECT COUNT(*) FROM checkins WHERE event_id = ?1", past.id)).isEqualTo(1);
        assertThat(rows.text("SELECT asker_name FROM questions WHERE id = ?1", question)).isEqualTo("A former member");
        assertThat(rows.count("SELECT votes FROM questions WHERE id = ?1", question)).isEqualTo(1);
        assertThat(rows.count("SELECT COUNT(*) FROM question_votes WHERE question_id = ?1", question)).isEqualTo(1);
        assertThat(rows.count("SELECT COUNT(*) FROM network_cards WHERE event_id = ?1", past.id)).isEqualTo(1);
        assertThat(rows.count("SELECT COUNT(*) FROM network_connections WHERE event_id = ?1", past.id)).isZero();
        assertThat(rows.text("SELECT company FROM pitches WHERE id = ?1", pastPitch)).isEqualTo("Foldbot Classic");
        assertThat(rows.text("SELECT status FROM pitches WHERE id = ?1", pastPitch)).isEqualTo("ACCEPTED");
        assertThat(rows.count("SELECT COUNT(*) FROM group_members WHERE group_id = ?1", group.id)).isEqualTo(1);

        // Nothing anywhere names her: not a row of any table (pages, API, CSV, vCards, reports and the
        // live stream are all read from them), and not the answers themselves.
        assertThat(rows.tablesMentioning(ERIN, "Erasable")).isEmpty();
        for (String path : List.of("/events/" + past.id + "/attendees", "/events/" + past.id + "/attendees/export.csv",
                "/events/" + full.id + "/attendees", "/events/" + full.id + "/attendees/export.csv",
                "/api/events/" + past.id + "/attendees", "/api/events/" + full.id + "/attendees",
                "/pitches/" + pastPitch + "/report", "/api/pitches/" + pastPitch + "/report",
                "/api/events/" + past.id + "/pitches", "/groups/privacy-club", "/events/" + past.id + "/attendance")) {
            Response page = as("olivia").get(path);
            assertThat(page.statusCode()).as(path).isLessThan(400);
            assertThat(page.asString()).as(path).doesNotContainIgnoringCase(ERIN).doesNotContainIgnoringCase("Erasable");
        }
        assertThat(as("olivia").get("/events/" + past.id + "/attendees").asString()).contains("A former member");
        for (String path : List.of("/contacts", "/events/" + past.id + "/network")) {
            assertThat(as("bob").get(path).asString()).as(path).doesNotContainIgnoringCase(ERIN).doesNotContainIgnoringCase("Erasable");
        }

        // The Keycloak account is gone, and the old token still gets 401.
        assertThat(Keycloak.userExists(ERIN)).isFalse();
        as(ERIN).get("/api/me").then().statusCode(401);
        assertThat(rows.count("SELECT COUNT(*) FROM erasure_jobs WHERE username IS NOT NULL OR done_at IS NULL")).isZero();
    }

    @Test
    void theSoleOwnerOfAGroupWithNightsToComeIsRefusedAndNothingIsErased() {
        Keycloak.ensureUser(OLLIE, "Ollie Owner");
        MeetupGroup own = data.group("ollies-nights", "Ollie's Nights");
        data.member(own, OLLIE, GroupMember.GroupRole.OWNER);
        Event night = data.night(own, "Ollie's Next Night", 20, 0);
        rsvp(OLLIE, night.id);
        Map<String, Long> counts = data.rowCounts();

        Response refused = as(OLLIE).header("Accept-Language", "en").queryParam("confirm", OLLIE).delete("/api/me");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Hand the group over first");
        assertThat(refused.jsonPath().getString("detail")).contains("Ollie's Nights").contains("nothing was deleted");
        Response german = as(OLLIE).header("Accept-Language", "de").queryParam("confirm", OLLIE).delete("/api/me");
        assertThat(german.jsonPath().getString("title")).isEqualTo("Übergib die Gruppe zuerst");

        assertThat(data.rowCounts()).isEqualTo(counts);
        assertThat(erasures.runDue()).isZero();
        as(OLLIE).get("/api/me").then().statusCode(200);
        assertThat(Keycloak.userExists(OLLIE)).isTrue();
    }

    /** Names are written behind the request (account/NameWriter), within milliseconds. */
    private long nameRowWithin(Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        long count;
        while ((count = rows.count("SELECT COUNT(*) FROM people WHERE username = ?1", ERIN)) == 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count;
    }
}
