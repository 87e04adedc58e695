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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mails are rows written with the change that causes them, and the worker sends each once: over
 * real SMTP to the local mail server, read back here over IMAP.
 */
@QuarkusTest
class OutboxTest {

    @TestHTTPResource("/events/")
    String eventsUrl;

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    Event night;

    @BeforeEach
    void oneSeatNight() {
        data.clear();
        MailServer.clear(PEOPLE.stream().map(OutboxTest::address).toArray(String[]::new));
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Tiny Night", 1, 0);
    }

    static final List<String> PEOPLE = List.of("alice", "bob", "sam", "olivia", "admin");

    static String address(String user) {
        return user + "@pitchnight.test";
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user)).contentType(ContentType.JSON);
    }

    String rsvp() {
        return "/api/events/" + night.id + "/rsvp";
    }

    @Test
    void confirmationIsQueuedWithTheRsvpAndSentOnce() {
        as("alice").body("{}").put(rsvp()).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as("alice").body("{}").put(rsvp()).then().statusCode(200);

        assertThat(data.outbox()).singleElement().satisfies(mail -> {
            assertThat(mail.kind).isEqualTo(OutboxMail.Kind.RSVP_CONFIRMED);
            assertThat(mail.recipient).isEqualTo("alice@pitchnight.test");
            assertThat(mail.sentAt).isNull();
        });

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        List<Received> sent = MailServer.awaitMails("alice@pitchnight.test", 1);
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("You're going: Tiny Night");
            assertThat(mail.from()).contains("nights@pitchnight.dev");
            assertThat(mail.text()).contains("Hi alice,", eventsUrl + night.id);
        });
        assertThat(data.outbox()).singleElement().satisfies(mail -> assertThat(mail.sentAt).isNotNull());
    }

    @Test
    void waitlistedThenPromotedPeopleHearAboutBoth() {
        as("alice").body("{}").put(rsvp()).then().body("status", equalTo("CONFIRMED"));
        as("bob").body("{}").put(rsvp()).then().body("status", equalTo("WAITLISTED"));
        as("alice").delete(rsvp()).then().statusCode(204);

        assertThat(data.outbox()).extracting(mail -> mail.kind + " " + mail.recipient).containsExactly(
                "RSVP_CONFIRMED alice@pitchnight.test",
                "RSVP_WAITLISTED bob@pitchnight.test",
                "RSVP_PROMOTED bob@pitchnight.test");
        sender.sendDue();
        List<Received> bobs = MailServer.awaitMails("bob@pitchnight.test", 2);
        assertThat(bobs).extracting(Received::subject).containsExactly(
                "You're on the waitlist: Tiny Night", "A seat freed up for you: Tiny Night");
        assertThat(bobs.get(0).text()).contains("number 1 on the waitlist");
    }

    @Test
    void cancellingTheNightTellsEveryoneHoldingAPlace() {
        as("alice").body("{}").put(rsvp());
        as("bob").body("{}").put(rsvp());
        as("olivia").body("{\"status\":\"CANCELLED\"}").patch("/api/events/" + night.id).then().statusCode(200);

        assertThat(data.outbox()).filteredOn(mail -> mail.kind == OutboxMail.Kind.EVENT_CANCELLED)
                .extracting(mail -> mail.recipient)
                .containsExactlyInAnyOrder("alice@pitchnight.test", "bob@pitchnight.test");
        // Saying it twice does not mail twice.
        as("olivia").body("{\"status\":\"CANCELLED\"}").patch("/api/events/" + night.id).then().statusCode(200);
        assertThat(data.outbox()).filteredOn(mail -> mail.kind == OutboxMail.Kind.EVENT_CANCELLED).hasSize(2);
    }

    @Test
    void refusedRequestsQueueNoMail() {
        as("alice").body("{\"guests\":1}").put(rsvp()).then().statusCode(400);
        as("olivia").body("{\"capacity\":-1}").patch("/api/events/" + night.id).then().statusCode(400);
        assertThat(data.outbox()).isEmpty();
    }

    @Test
    void twoWorkersRacingSendEachMailOnce() {
        for (String user : PEOPLE) {
            as(user).body("{}").put(rsvp()).then().statusCode(200);
        }
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(sender::sendDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(sender::sendDue);
        assertThat(first.join() + second.join()).isEqualTo(5);
        // Each person's mailbox holds exactly their one mail: none lost, none sent twice.
        for (String user : PEOPLE) {
            assertThat(MailServer.awaitMails(address(user), 1)).as(user).hasSize(1);
        }
        assertThat(data.outbox()).allSatisfy(mail -> assertThat(mail.sentAt).isNotNull());
    }
}
