package dev.pitchnight.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data export, the privacy pages and the record of organizers' looks at attendee lists. */
@QuarkusTest
class PrivacyTest {

    @Inject
    TestData data;

    @Inject
    PrivacyRows rows;

    MeetupGroup group;
    Event night;

    @BeforeEach
    void aliceAndBobAtANight() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        data.member(group, "bob", GroupMember.GroupRole.CO_ORGANIZER);
        data.member(group, "alice", GroupMember.GroupRole.MEMBER);
        night = data.night(group, "Export Night", 1, 1);
        as("alice").contentType(ContentType.JSON).body("{\"guests\":1}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        as("bob").contentType(ContentType.JSON).body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    @Test
    void theExportIsAnAttachmentWithEverythingOfTheCallerAndNothingOfOthers() {
        Event past = data.night(group, "Earlier Night", 50, 0);
        as("alice").contentType(ContentType.JSON).body("{}").put("/api/events/" + past.id + "/rsvp").then().statusCode(200);
        as("bob").contentType(ContentType.JSON).body("{}").put("/api/events/" + past.id + "/rsvp").then().statusCode(200);
        rows.endedAgo(past.id, Duration.ofDays(3));
        rows.checkIn(past.id, "alice");
        rows.question(past.id, "alice", "Alice Example", "Which market first?");
        rows.card(past.id, "alice", "Alice A.", "alice@cards.example");
        rows.card(past.id, "bob", "Bob B.", "bob@cards.example");
        rows.connection(past.id, "alice", "bob");
        rows.pitch(past.id, "alice", "Alice Example", "Alicorn", "hello@alicorn.example", "ACCEPTED");
        rows.pitch(past.id, "bob", "Bob Example", "Bobcat", "hello@bobcat.example", "REJECTED");

        Response answer = as("alice").get("/api/me/export");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"pitchnight-alice.json\"");
        JsonPath json = answer.jsonPath();
        assertThat(json.getString("profile.username")).isEqualTo("alice");
        assertThat(json.getString("profile.email")).isEqualTo("alice@pitchnight.test");
        assertThat(json.getList("groups.group")).containsExactly("svnewtech");
        assertThat(json.getList("groups.role")).containsExactly("MEMBER");
        assertThat(json.getList("rsvps.status")).containsExactly("WAITLISTED", "CONFIRMED");
        assertThat(json.getList("rsvps.guests")).containsExactly(1, 0);
        assertThat(json.getList("rsvps.queueNumber", Integer.class)).allMatch(n -> n > 0);
        assertThat(json.getList("checkins.eventId", Long.class)).containsExactly(past.id);
        assertThat(json.getList("pitches.company")).containsExactly("Alicorn");
        assertThat(json.getList("pitches.contactEmail")).containsExactly("hello@alicorn.example");
        assertThat(json.getList("questions.text")).containsExactly("Which market first?");
        assertThat(json.getList("questionVotes")).hasSize(1);
        assertThat(json.getList("networkCards.email")).containsExactly("alice@cards.example");
        // The other side of a connection only as they shared it on their card: no user name, no address.
        assertThat(json.getList("connections.other.name")).containsExactly("Bob B.");
        assertThat(json.getMap("notificationPreferences")).containsEntry("newNights", true).containsEntry("reminders", true)
                .containsEntry("organizerMessages", true); // never changed: every optional mail
        assertThat(json.getList("messagesSent")).isEmpty();
        assertThat(json.getList("mails.kind")).contains("RSVP_WAITLISTED", "RSVP_CONFIRMED");
        assertThat(json.getString("nights." + past.id + ".title")).isEqualTo("Earlier Night");
        String body = answer.asString();
        assertThat(body).doesNotContain("Bobcat").doesNotContain("bob@cards.example").doesNotContain("\"bob\"");

        // Bob's token gets Bob's data.
        JsonPath bobs = as("bob").get("/api/me/export").then().statusCode(200).extract().jsonPath();
        assertThat(bobs.getString("profile.username")).isEqualTo("bob");
        assertThat(bobs.getList("pitches.company")).containsExactly("Bobcat");
        assertThat(bobs.getList("groups.role")).containsExactly("CO_ORGANIZER");
        assertThat(bobs.getString("")).doesNotContain("Alicorn");
        given().get("/api/me/export").then().statusCode(401);
    }

    @Test
    void thePrivacyPageSaysTheRetentionPeriodTheJobUsesInEnglishAndGerman() {
        String english = given().header("Accept-Language", "en").get("/privacy").then().statusCode(200).extract().asString();
        assertThat(english).contains("Privacy: what Pitchnight keeps").contains("365 days after a night ended")
                .contains("each look and each export is recorded");
        String german = given().header("Accept-Language", "de").get("/privacy").then().statusCode(200).extract().asString();
        assertThat(german).contains("Datenschutz: was Pitchnight speichert").contains("365 Tage nach dem Ende eines Abends");
        assertThat(given().get("/").asString()).contains("href=\"/privacy\"");
    }

    @Test
    void theAccountPrivacyPageOffersTheDownloadAndAWrongConfirmationErasesNothing() {
        String page = as("alice").get("/account/privacy").then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/api/me/export\"").contains("Type your user name (alice) to confirm");
        assertThat(as("alice").get("/account").asString()).contains("href=\"/account/privacy\"");
        Map<String, Long> counts = data.rowCounts();
        Response refused = Forms.post("alice", "/account/privacy", "/account/privacy/delete", Map.of("confirm", "Alice"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Type your user name to confirm; nothing was deleted.");
        assertThat(data.rowCounts()).isEqualTo(counts);
        as("alice").get("/api/me").then().statusCode(200);
    }

    @Test
    void everyLookAtAnAttendeeListIsRecordedAndOnlyOwnersReadTheRecord() {
        as("olivia").get("/events/" + night.id + "/attendees").then().statusCode(200);
        as("olivia").get("/events/" + night.id + "/attendees/export.csv").then().statusCode(200);
        as("bob").get("/api/events/" + night.id + "/attendees").then().statusCode(200);
        as("alice").get("/events/" + night.id + "/attendees").then().statusCode(403); // not an organizer: nothing seen, nothing recorded

        assertThat(rows.count("SELECT COUNT(*) FROM attendee_list_access WHERE event_id = ?1", night.id)).isEqualTo(3);
        String record = as("olivia").get("/groups/svnewtech/access").then().statusCode(200).extract().asString();
        assertThat(record).contains("Export Night").contains("CSV export").contains("list page").contains("API");
        assertThat(record.split("<tr>", -1)).hasSize(1 + 1 + 3); // before the table, the header row, three looks
        as("bob").get("/groups/svnewtech/access").then().statusCode(403); // co-organizers look, owners read the record
        as("alice").get("/groups/svnewtech/access").then().statusCode(403);
        as("admin").get("/groups/svnewtech/access").then().statusCode(200);
        assertThat(as("olivia").get("/groups/svnewtech").asString()).contains("href=\"/groups/svnewtech/access\"");
        List<String> who = List.of("olivia", "bob");
        assertThat(rows.text("SELECT GROUP_CONCAT(DISTINCT viewer ORDER BY viewer) FROM attendee_list_access"))
                .isEqualTo(String.join(",", who.stream().sorted().toList()));
    }
}
