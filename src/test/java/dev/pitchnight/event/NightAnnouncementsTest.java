package dev.pitchnight.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.notify.MailSender;
import dev.pitchnight.notify.MailTopic;
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
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members hear of new nights (issue 14, point 5): publishing a night mails the group's members who
 * want such mails, once per night and member, however often it is published again.
 */
@QuarkusTest
class NightAnnouncementsTest {

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    @Inject
    NotificationPreferences preferences;

    @Inject
    NightAnnouncements announcements;

    @BeforeEach
    void aGroupWithMembers() {
        data.clear();
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
        MailServer.clear("alice@pitchnight.test", "bob@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        // Joining through the page keeps the address the member signed in with.
        for (String member : List.of("alice", "bob", "sam")) {
            assertThat(Forms.post(member, "/groups/svnewtech", "/groups/svnewtech/join", Map.of()).statusCode()).isEqualTo(303);
        }
        QuarkusTransaction.requiringNew().run(() -> GroupMember.update("email = null where username = 'sam'"));
        preferences.unsubscribe("bob", MailTopic.NEW_NIGHTS);
    }

    List<String> announcements() {
        return data.outbox().stream().filter(mail -> mail.kind == OutboxMail.Kind.NEW_NIGHT)
                .map(mail -> mail.subject + " → " + mail.recipient).toList();
    }

    long create(String status) {
        return given().auth().oauth2(Keycloak.accessToken("olivia")).contentType(ContentType.JSON)
                .body("""
                        {"title":"Winter Pitch Night","startsAt":"2027-02-03T18:30:00","endsAt":"2027-02-03T21:00:00",
                         "timeZone":"America/Los_Angeles","capacity":50,"status":"%s"}""".formatted(status))
                .post("/api/groups/svnewtech/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    void patch(long id, String status) {
        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}").patch("/api/events/" + id).then().statusCode(200);
    }

    @Test
    void publishingMailsTheMembersWhoWantItOnce() {
        long id = create("PUBLISHED");
        assertThat(announcements()).as("alice only: bob said no, sam left no address, olivia published it")
                .containsExactly("New pitch night: Winter Pitch Night → alice@pitchnight.test");

        sender.sendDue();
        Received mail = MailServer.awaitMail("alice@pitchnight.test", "New pitch night: Winter Pitch Night");
        assertThat(mail.text()).contains("SV New Tech announced a new pitch night: Winter Pitch Night.", "/events/" + id,
                "because you are a member of the group");
        assertThat(mail.html()).contains("Winter Pitch Night", "/events/" + id);
        assertThat(mail.header("List-Unsubscribe")).contains("/unsubscribe/");

        // Another instance announcing the same night (or a retried request) queues nothing more: the outbox key.
        for (int again = 0; again < 2; again++) {
            QuarkusTransaction.requiringNew().run(() -> announcements.published(Event.findById(id), "olivia"));
        }
        patch(id, "PUBLISHED");
        assertThat(announcements()).as("announced once per night and member").hasSize(1);
    }

    @Test
    void aDraftIsAnnouncedWhenItIsPublished() {
        long id = create("DRAFT");
        assertThat(announcements()).isEmpty();
        patch(id, "PUBLISHED");
        assertThat(announcements()).containsExactly("New pitch night: Winter Pitch Night → alice@pitchnight.test");
    }
}
