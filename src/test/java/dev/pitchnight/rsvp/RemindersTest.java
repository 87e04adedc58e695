package dev.pitchnight.rsvp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.checkin.DoorData;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RemindersTest {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    @Inject
    Reminders reminders;

    MeetupGroup group;

    @BeforeEach
    void clean() {
        data.clear();
        group = data.group("svnewtech", "SV New Tech");
    }

    List<OutboxMail> mails(OutboxMail.Kind kind) {
        return data.outbox().stream().filter(mail -> mail.kind == kind).toList();
    }

    @Test
    void aDayBeforeEverySeatGetsOneReminderEvenWithInstancesRacing() throws Exception {
        Event tomorrow = data.event(group, "Tomorrow Night", Event.Status.PUBLISHED, Duration.ofHours(20));
        Event later = data.event(group, "Later Night", Event.Status.PUBLISHED, Duration.ofDays(3));
        Rsvp alice = door.seat(tomorrow.id, "alice", 1);
        door.seat(tomorrow.id, "bob", 0);
        door.cancelled(tomorrow.id, "sam");
        door.seat(later.id, "alice", 0);

        // Three instances find the same reminders due at the same moment, then one runs again.
        CompletableFuture<?>[] racing = new CompletableFuture<?>[3];
        for (int i = 0; i < racing.length; i++) {
            racing[i] = CompletableFuture.runAsync(reminders::queueDue);
        }
        CompletableFuture.allOf(racing).get();
        reminders.queueDue();

        List<OutboxMail> sent = mails(OutboxMail.Kind.REMINDER_NIGHT);
        assertThat(sent).extracting(mail -> mail.recipient)
                .containsExactlyInAnyOrder("alice@pitchnight.test", "bob@pitchnight.test");
        OutboxMail alices = sent.stream().filter(mail -> mail.recipient.startsWith("alice")).findFirst().orElseThrow();
        assertThat(alices.subject).isEqualTo("Tomorrow: Tomorrow Night");
        assertThat(alices.dedupKey).isEqualTo("REMINDER_NIGHT:rsvp:" + alice.id);
        assertThat(alices.body).contains("/events/" + tomorrow.id + "/ticket").contains("Guests: 1");
    }

    @Test
    void aHeldSeatIsRemindedOnceBeforeItsDeadlineButNotRightAfterTheOffer() {
        Event night = data.event(group, "Offer Night", Event.Status.PUBLISHED, Duration.ofDays(2));
        door.offer(night.id, "alice", Duration.ofHours(2), Duration.ofHours(10));
        door.offer(night.id, "bob", Duration.ofHours(2), Duration.ofMinutes(5)); // the offer mail just went out
        door.offer(night.id, "sam", Duration.ofHours(9), Duration.ofHours(3)); // deadline far off

        reminders.queueDue();
        reminders.queueDue();

        assertThat(mails(OutboxMail.Kind.REMINDER_OFFER)).singleElement().satisfies(mail -> {
            assertThat(mail.recipient).isEqualTo("alice@pitchnight.test");
            assertThat(mail.subject).contains("expires soon");
        });
        assertThat(mails(OutboxMail.Kind.REMINDER_NIGHT)).isEmpty();
    }

    @Test
    void theConfirmationMailLinksTheTicket() {
        Event night = data.night(group, "Ticket Night", 10, 0);
        RestAssured.given().auth().oauth2(Keycloak.accessToken("alice"))
                .contentType(ContentType.JSON).body("{}")
                .put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        assertThat(mails(OutboxMail.Kind.RSVP_CONFIRMED)).singleElement()
                .satisfies(mail -> assertThat(mail.body).contains("/events/" + night.id + "/ticket"));
    }
}
