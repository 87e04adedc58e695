package dev.pitchnight.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.MailSender;
import dev.pitchnight.notify.NotificationPreference;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.support.Forms;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MailServer;
import dev.pitchnight.support.MailServer.Received;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organizers write to the people coming (issue 14, point 4): one mail per person holding such a
 * place when it is sent, read back over IMAP with the Markdown rendered (and sanitized) in its HTML
 * part; at most three messages per night an hour (429 with Retry-After); the organizer's page lists
 * what was sent, to how many.
 */
@QuarkusTest
class NightMessagesTest {

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    @Inject
    NotificationPreferences preferences;

    Event night;

    @BeforeEach
    void twoSeatsAndAWaitlist() {
        data.clear();
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
        MailServer.clear("alice@pitchnight.test", "bob@pitchnight.test", "sam@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Message Night", 2, 0);
        rsvp("alice", "CONFIRMED");
        rsvp("bob", "CONFIRMED");
        rsvp("sam", "WAITLISTED");
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    void rsvp(String user, String expected) {
        as(user).body("{}").put("/api/events/" + night.id + "/rsvp").then().statusCode(200).body("status", equalTo(expected));
    }

    Response send(String user, String audience, String subject, String body) {
        return as(user).body(Map.of("audience", audience, "subject", subject, "body", body))
                .post("/api/events/" + night.id + "/messages");
    }

    List<OutboxMail> messageMails() {
        return data.outbox().stream().filter(mail -> mail.kind == OutboxMail.Kind.NIGHT_MESSAGE).toList();
    }

    @Test
    void theConfirmedGetTheMessageAsMailWithTheMarkdownRendered() {
        send("olivia", "CONFIRMED", "Doors at 6 pm", "Doors open at **6 pm**.\n\n- bring your *badge*\n- <script>alert(1)</script>")
                .then().statusCode(202).body("recipients", equalTo(2));

        assertThat(messageMails()).extracting(mail -> mail.recipient)
                .containsExactlyInAnyOrder("alice@pitchnight.test", "bob@pitchnight.test");
        sender.sendDue();
        Received mail = MailServer.awaitMail("alice@pitchnight.test", "Message Night: Doors at 6 pm");
        assertThat(mail.text()).contains("Hi Alice Nguyen,", "Olivia Hartmann wrote to everyone with a seat at Message Night",
                "Doors open at **6 pm**.", "- bring your *badge*", "You get this message because you RSVPed");
        assertThat(mail.html()).contains("<strong>6 pm</strong>", "<li>bring your <em>badge</em></li>",
                "wrote to everyone with a seat at Message Night").doesNotContain("<script");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.attachments()).isEmpty();
        assertThat(MailServer.inbox("sam@pitchnight.test")).extracting(Received::subject)
                .doesNotContain("Message Night: Doors at 6 pm");
    }

    @Test
    void eachAudienceReachesItsPeopleAndLaterRsvpsGetNoOldMessages() {
        send("olivia", "WAITLISTED", "Still hoping", "We may free seats.").then().statusCode(202).body("recipients", equalTo(1));
        send("olivia", "ALL", "Everyone", "Hello all.").then().statusCode(202).body("recipients", equalTo(3));
        as("alice").delete("/api/events/" + night.id + "/rsvp").then().statusCode(204); // sam moves up
        rsvp("admin", "WAITLISTED"); // comes later: gets none of the above

        assertThat(messageMails()).extracting(mail -> mail.subject + " → " + mail.recipient).containsExactlyInAnyOrder(
                "Message Night: Still hoping → sam@pitchnight.test",
                "Message Night: Everyone → alice@pitchnight.test",
                "Message Night: Everyone → bob@pitchnight.test",
                "Message Night: Everyone → sam@pitchnight.test");
        assertThat(NightMessagesTest.<Number>sql("SELECT COUNT(*) FROM night_messages WHERE event_id = " + night.id).intValue())
                .isEqualTo(2);
    }

    @Test
    void peopleWhoTurnedOrganizersMessagesOffAreNeitherMailedNorCounted() {
        preferences.unsubscribe("bob", dev.pitchnight.notify.MailTopic.ORGANIZER_MESSAGES);
        send("olivia", "CONFIRMED", "Doors", "At six.").then().statusCode(202).body("recipients", equalTo(1));
        assertThat(messageMails()).extracting(mail -> mail.recipient).containsExactly("alice@pitchnight.test");
    }

    @Test
    void theFourthMessageInAnHourIsRefusedWithRetryAfter() {
        for (int i = 1; i <= 3; i++) {
            send("olivia", "CONFIRMED", "Note " + i, "Text " + i).then().statusCode(202);
        }
        Response fourth = send("olivia", "CONFIRMED", "Note 4", "Text 4");
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.jsonPath().getString("detail")).contains("3 messages in the last hour", "60 minutes");
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(messageMails()).hasSize(6).noneMatch(mail -> mail.subject.endsWith("Note 4"));
        assertThat(NightMessagesTest.<Number>sql("SELECT COUNT(*) FROM night_messages").intValue()).isEqualTo(3);

        // Once the oldest is an hour old, the next may go.
        sql("UPDATE night_messages SET sent_at = DATE_SUB(sent_at, INTERVAL 61 MINUTE) WHERE subject = 'Note 1'");
        send("olivia", "CONFIRMED", "Note 4", "Text 4").then().statusCode(202);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndWritesNothing() {
        Map<String, Long> before = data.rowCounts();
        Response bad = as("olivia").body(Map.of("audience", "EVERYONE", "subject", "Two\r\nBcc: x@evil.test", "body", " "))
                .post("/api/events/" + night.id + "/messages");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.jsonPath().getMap("errors")).containsOnlyKeys("audience", "subject", "body");
        assertThat(bad.jsonPath().getString("errors.audience")).contains("CONFIRMED, WAITLISTED or ALL");
        assertThat(bad.jsonPath().getString("errors.subject")).contains("one line");
        as("olivia").body(Map.of("audience", "ALL", "subject", "x".repeat(151), "body", "y"))
                .post("/api/events/" + night.id + "/messages").then().statusCode(400);
        as("olivia").body(Map.of("audience", "ALL", "subject", "x", "body", "y".repeat(10_001)))
                .post("/api/events/" + night.id + "/messages").then().statusCode(400);
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void onlyTheNightsOrganizersWriteAndOnlyToAnOpenNight() {
        send("alice", "ALL", "Hi", "From me").then().statusCode(403);
        data.setStatus(night.id, Event.Status.CANCELLED);
        Response cancelled = send("olivia", "ALL", "Hi", "Anyone?");
        assertThat(cancelled.statusCode()).isEqualTo(409);
        assertThat(cancelled.jsonPath().getString("detail")).contains("Message Night is not published");
        assertThat(messageMails()).isEmpty();
    }

    @Test
    void theOrganizersPageSendsAndListsWhatWentToHowMany() {
        Response posted = Forms.post("olivia", "/events/" + night.id + "/messages", "/events/" + night.id + "/messages",
                Map.of("audience", "ALL", "subject", "Bring your badge", "body", "At the *door*."));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(URI.create(posted.header("Location")).getQuery()).isEqualTo("sent=3");

        String page = given().auth().oauth2(Keycloak.accessToken("olivia")).get(posted.header("Location"))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("Sent to 3 people.", "Bring your badge", "<td class=\"recipients\">3</td>");
        as("olivia").get("/api/events/" + night.id + "/messages").then().statusCode(200)
                .body("[0].subject", equalTo("Bring your badge")).body("[0].recipients", equalTo(3))
                .body("[0].audience", equalTo("ALL"));

        Response empty = Forms.post("olivia", "/events/" + night.id + "/messages", "/events/" + night.id + "/messages",
                Map.of("audience", "ALL", "subject", "", "body", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("Please check the marked fields.", "is required");
    }

    @SuppressWarnings("unchecked")
    static <T> T sql(String statement) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = NightMessage.getEntityManager().createNativeQuery(statement);
            return statement.startsWith("SELECT") ? (T) query.getSingleResult() : (T) (Object) query.executeUpdate();
        });
    }
}
