package dev.pitchnight.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.TestData;
import dev.pitchnight.web.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RSVP rules where they live, without HTTP: the desk and the service, on a night of two
 * seats that allows one guest (the API and page tests stay beside these).
 */
@QuarkusTest
class RsvpServiceTest {

    @Inject
    TestData data;

    @Inject
    RsvpDesk desk;

    @Inject
    RsvpService rsvps;

    Event night;

    @BeforeEach
    void twoSeatNight() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Service Night", 2, 1);
    }

    RsvpView join(String username, int guests) {
        return desk.join(night.id, username, null, guests).toCompletableFuture().join();
    }

    @Test
    void seatsGoFirstComeFirstServedAndAFreedSeatGoesToTheHeadOfTheLine() {
        assertThat(join("alice", 0).status()).isEqualTo(Rsvp.Status.CONFIRMED);
        assertThat(join("bob", 1).status()).isEqualTo(Rsvp.Status.WAITLISTED); // two seats, one left
        RsvpView sam = join("sam", 0);
        assertThat(sam.status()).isEqualTo(Rsvp.Status.WAITLISTED); // a seat is free, but bob waits ahead
        assertThat(sam.position()).isEqualTo(2);
        assertThat(rsvps.hasSeat(night.id, "alice")).isTrue();
        assertThat(rsvps.hasSeat(night.id, "bob")).isFalse();

        desk.leave(night.id, "alice").toCompletableFuture().join();
        assertThat(rsvps.hasSeat(night.id, "bob")).isTrue(); // bob and his guest take both seats
        assertThat(rsvps.hasSeat(night.id, "sam")).isFalse();
        assertThat(rsvps.seated(night.id)).isEqualTo(new RsvpService.Seated(1, 2));
        Event counted = data.reload(night.id);
        assertThat(counted.confirmedSeats).isEqualTo(2);
        assertThat(counted.waitlistLength).isEqualTo(1);
    }

    @Test
    void tooManyOrNegativeGuestsAreRefusedAndWriteNothing() {
        assertThatThrownBy(() -> join("alice", 2)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(Refusal.class).hasMessageContaining("guests: this night allows at most 1 guest");
        assertThatThrownBy(() -> join("alice", -1)).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(Refusal.class).hasMessageContaining("guests: must be 0 or more");
        assertThat(data.rsvps(night.id)).isEmpty();
    }

    @Test
    void aNightShrinksOnlyDownToTheSeatsTakenAndGrowsIntoTheWaitlist() {
        join("alice", 1);
        join("sam", 0);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(
                () -> rsvps.resize(Event.lockForUpdate(night.id).orElseThrow(), 1)))
                .matches(e -> e instanceof Refusal || e.getCause() instanceof Refusal, "a refusal");
        assertThat(data.reload(night.id).capacity).isEqualTo(2);

        QuarkusTransaction.requiringNew().run(() -> rsvps.resize(Event.lockForUpdate(night.id).orElseThrow(), 3));
        assertThat(data.reload(night.id).capacity).isEqualTo(3);
        assertThat(rsvps.hasSeat(night.id, "sam")).isTrue();
    }
}
