package dev.pitchnight.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MailServer;
import dev.pitchnight.support.MailServer.Received;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mails people expect (issue 14): each arrives (read back over IMAP from the real mail server)
 * with a plain text and an HTML part in Pitchnight's look; confirmations and promotions carry the
 * night as text/calendar, the same VEVENT as the night's .ics; a mail that does not answer the
 * reader's own action carries List-Unsubscribe with List-Unsubscribe-Post (RFC 8058), and posting
 * to that signed address, as a mail program does, without a session or a CSRF token, unsubscribes.
 */
@QuarkusTest
class MailsPeopleExpectTest {

    @TestHTTPResource("/")
    URI site;

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    @Inject
    NotificationPreferences preferences;

    @Inject
    UnsubscribeLinks links;

    Event night;

    @BeforeEach
    void oneSeatNight() {
        data.clear();
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
        MailServer.clear("alice@pitchnight.test", "bob@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Tiny Night", 1, 0);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    String rsvp() {
        return "/api/events/" + night.id + "/rsvp";
    }

    @Test
    void aConfirmationArrivesAsTextAndHtmlWithTheNightAsCalendar() {
        as("alice").body("{}").put(rsvp()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        sender.sendDue();

        Received mail = MailServer.awaitMail("alice@pitchnight.test", "You're going: Tiny Night");
        assertThat(mail.text()).contains("Hi alice,", "you're going to Tiny Night", site + "events/" + night.id,
                "Your mail settings: " + site + "account/notifications");
        assertThat(mail.html()).as("the HTML part, in Pitchnight's look").isNotNull()
                .contains("<!DOCTYPE html>", "Pitchnight", "#3b2a8f", "you&#39;re going to Tiny Night")
                .contains("<a href=\"" + site + "events/" + night.id + "/ticket\"")
                .contains("href=\"" + site + "account/notifications\"")
                .doesNotContain("<img", "<script");
        assertThat(mail.attachments()).singleElement().satisfies(calendar -> {
            assertThat(calendar.contentType()).startsWith("text/calendar");
            assertThat(calendar.fileName()).isEqualTo("pitch-night.ics");
            assertThat(calendar.content()).contains("BEGIN:VEVENT", "SUMMARY:Tiny Night", "TZID=America/Los_Angeles");
            String ics = given().get("/events/" + night.id + "/calendar.ics").then().statusCode(200).extract().asString();
            assertThat(uid(calendar.content())).as("the same VEVENT as the .ics").isEqualTo(uid(ics)).isNotBlank();
        });
        assertThat(mail.header("List-Unsubscribe")).as("an answer to her own RSVP").isNull();
    }

    @Test
    void aPromotionCarriesTheCalendarAndAOneClickUnsubscribeThatWorksWithoutSignIn() {
        as("alice").body("{}").put(rsvp()).then().body("status", equalTo("CONFIRMED"));
        as("bob").body("{}").put(rsvp()).then().body("status", equalTo("WAITLISTED"));
        as("alice").delete(rsvp()).then().statusCode(204);
        sender.sendDue();

        Received waitlisted = MailServer.awaitMail("bob@pitchnight.test", "You're on the waitlist: Tiny Night");
        assertThat(waitlisted.header("List-Unsubscribe")).as("the waitlist answer to his own RSVP").isNull();
        Received promoted = MailServer.awaitMail("bob@pitchnight.test", "A seat freed up for you: Tiny Night");
        assertThat(promoted.attachments()).singleElement()
                .satisfies(calendar -> assertThat(calendar.content()).contains("SUMMARY:Tiny Night"));
        assertThat(promoted.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String address = unsubscribeAddress(promoted.header("List-Unsubscribe"));
        assertThat(address).startsWith(site + "unsubscribe/");
        assertThat(promoted.text()).contains("Stop all optional mails: " + address);
        assertThat(promoted.html()).contains("href=\"" + address + "\"");

        // A mail program's one-click POST: no cookie, no token, no sign-in.
        Response oneClick = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click").post(URI.create(address));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(preferences.of("bob")).isEqualTo(new NotificationPreferences.Choices(false, false, false));
        // Again: nothing more to do, still fine.
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post(URI.create(address)).then().statusCode(200);
        assertThat(preferences.of("alice")).as("nobody else's choices change").isEqualTo(NotificationPreferences.Choices.ALL);
    }

    @Test
    void aLinkForOneTopicTurnsOffOnlyThatTopic() {
        String token = links.token("alice", MailTopic.REMINDERS);
        given().contentType("multipart/form-data").multiPart("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/" + token).then().statusCode(200);
        assertThat(preferences.of("alice")).isEqualTo(new NotificationPreferences.Choices(true, false, true));
    }

    @Test
    void openingTheLinkAsksFirstAndChangesNothing() {
        String token = links.token("alice", MailTopic.ORGANIZER_MESSAGES);
        String page = given().get("/unsubscribe/" + token).then().statusCode(200).extract().asString();
        assertThat(page).contains("Stop messages from organizers for alice?", "action=\"/unsubscribe/" + token + "\"");
        assertThat(preferences.of("alice")).isEqualTo(NotificationPreferences.Choices.ALL);

        // The page's button (a browser asks for HTML): done, and back to the page, which says so.
        Response button = given().redirects().follow(false).header("Accept", "text/html")
                .contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                .post("/unsubscribe/" + token);
        assertThat(button.statusCode()).isEqualTo(303);
        assertThat(button.header("Location")).endsWith("/unsubscribe/" + token);
        assertThat(given().get("/unsubscribe/" + token).asString()).contains("alice no longer gets messages from organizers.");
        assertThat(preferences.of("alice")).isEqualTo(new NotificationPreferences.Choices(true, true, false));
    }

    @Test
    void aForgedOrAlteredLinkChangesNothing() {
        String token = links.token("alice", null);
        String otherPerson = links.token("bob", null);
        String forged = otherPerson.substring(0, otherPerson.indexOf('.')) + token.substring(token.indexOf('.'));
        for (String wrong : List.of(forged, token + "x", token.substring(0, token.length() - 2), "nothing", "a.b.c",
                "%00", "x".repeat(700))) {
            given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click")
                    .post("/unsubscribe/" + wrong).then().statusCode(404);
            String page = given().get("/unsubscribe/" + wrong).then().statusCode(404).extract().asString();
            assertThat(page).contains("This unsubscribe link is not valid.");
        }
        assertThat(preferences.of("alice")).isEqualTo(NotificationPreferences.Choices.ALL);
        assertThat(preferences.of("bob")).isEqualTo(NotificationPreferences.Choices.ALL);
    }

    @Test
    void aTurnedOffTopicIsNotMailedAtAll() {
        preferences.choose("alice", new NotificationPreferences.Choices(true, false, true));
        as("alice").body("{}").put(rsvp()).then().body("status", equalTo("CONFIRMED"));
        QuarkusTransaction.requiringNew().run(() -> {
            Outbox outbox = io.quarkus.arc.Arc.container().instance(Outbox.class).get();
            Outbox.Night tiny = new Outbox.Night(night.id, "Tiny Night", night.startsAt.atZone(night.zone()), null);
            outbox.queue(Letter.of(OutboxMail.Kind.REMINDER_NIGHT, "test:alice", "alice", "alice@pitchnight.test", tiny,
                    java.util.Locale.ENGLISH, "Tomorrow: Tiny Night", "Hi alice"));
            outbox.queue(Letter.of(OutboxMail.Kind.REMINDER_NIGHT, "test:bob", "bob", "bob@pitchnight.test", tiny,
                    java.util.Locale.ENGLISH, "Tomorrow: Tiny Night", "Hi bob"));
        });
        assertThat(data.outbox()).extracting(mail -> mail.kind + " " + mail.recipient).containsExactly(
                "RSVP_CONFIRMED alice@pitchnight.test", "REMINDER_NIGHT bob@pitchnight.test");
        assertThat(data.outbox().get(1).unsubscribeUrl).isEqualTo(links.url("bob", MailTopic.REMINDERS));
    }

    private static String unsubscribeAddress(String header) {
        assertThat(header).isNotNull().startsWith("<").endsWith(">");
        return header.substring(1, header.length() - 1);
    }

    private static String uid(String ics) {
        Matcher uid = Pattern.compile("(?m)^UID:(.+)\\r?$").matcher(ics);
        return uid.find() ? uid.group(1).strip() : null;
    }
}
