package dev.pitchnight.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.support.TestData;
import dev.pitchnight.support.Viewers;
import dev.pitchnight.web.Refusal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pitch rules where they live, without HTTP (PitchResourceTest and PitchPagesTest stay). */
@QuarkusTest
class PitchServiceTest {

    static final PitchInput ACME = new PitchInput("Acme Robotics", "Robots that fold laundry", "Laundry takes hours.",
            "PROTOTYPE", "https://acme.example", null, List.of("Sam Founder"), "sam@acme.example");

    @Inject
    TestData data;

    @Inject
    PitchData rows;

    @Inject
    PitchService pitches;

    @Inject
    CallService calls;

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    Event night;
    Viewer olivia = Viewers.signedIn("olivia", Role.ORGANIZER);
    Viewer sam = Viewers.signedIn("sam", Role.FOUNDER);
    Viewer alice = Viewers.signedIn("alice");

    @BeforeEach
    void nightWithOpenCall() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        rows.call(night.id, Duration.ofDays(7), true);
    }

    @Test
    void aFounderSubmitsWhileTheCallIsOpenAndIsToldByMail() {
        Pitch pitch = pitches.submit(night.id, ACME, sam);

        assertThat(rows.reload(pitch.id).status).isEqualTo(Pitch.Status.SUBMITTED);
        assertThat(rows.reload(pitch.id).founder).isEqualTo("sam");
        assertThat(rows.mails(OutboxMail.Kind.PITCH_RECEIVED)).extracting(mail -> mail.recipient)
                .containsExactly("sam@acme.example");
    }

    @Test
    void aClosedCallTakesNoPitchesAndNoChanges() {
        Pitch pitch = pitches.submit(night.id, ACME, sam);
        rows.closeCall(night.id);

        assertThatThrownBy(() -> pitches.submit(night.id, ACME, sam))
                .isInstanceOf(Refusal.class).hasMessageContaining("has closed");
        assertThatThrownBy(() -> pitches.update(pitch.id, ACME, sam)).isInstanceOf(Refusal.class);
        assertThat(rows.pitchCount()).isEqualTo(1);
        assertThat(calls.isOpen(night.id)).isFalse();
    }

    @Test
    void anyoneSignedInSubmitsWithoutARealmRole() {
        Pitch pitch = pitches.submit(night.id, ACME, alice); // alice has no founder role

        assertThat(pitch.founder).isEqualTo("alice");
        assertThat(rows.pitchCount()).isEqualTo(1);
    }

    @Test
    void aCallNeedsOneWeightAboveZero() {
        Rubric before = calls.call(night.id).orElseThrow().rubric();
        assertThatThrownBy(() -> calls.setCall(night.id, new CallInput(null, null, null, null, null, 0, 0, 0, 0), olivia))
                .isInstanceOf(Refusal.class).hasMessageContaining("at least one weight");
        assertThat(calls.call(night.id).orElseThrow().rubric()).isEqualTo(before);
    }

    @Test
    void aDecisionIsTheOrganizersAndRepeatingItMailsOnce() {
        Pitch pitch = pitches.submit(night.id, ACME, sam);

        assertThatThrownBy(() -> decisions.decide(pitch.id, "ACCEPTED", alice)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> decisions.decide(pitch.id, "MAYBE", olivia))
                .isInstanceOf(Refusal.class).hasMessageContaining("ACCEPTED, RESERVE or REJECTED");
        decisions.decide(pitch.id, "accepted", olivia);
        decisions.decide(pitch.id, "ACCEPTED", olivia);

        assertThat(rows.reload(pitch.id).status).isEqualTo(Pitch.Status.ACCEPTED);
        assertThat(rows.reload(pitch.id).decidedBy).isEqualTo("olivia");
        assertThat(rows.mails(OutboxMail.Kind.PITCH_ACCEPTED)).hasSize(1);
    }

    @Test
    void aWithdrawnPitchCannotBeDecidedOrReviewed() {
        Pitch pitch = pitches.submit(night.id, ACME, sam);
        pitches.withdraw(pitch.id, sam);

        assertThatThrownBy(() -> decisions.decide(pitch.id, "ACCEPTED", olivia))
                .isInstanceOf(Refusal.class).hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> reviews.review(pitch.id, new ReviewInput(5, 5, 5, 5, null), olivia))
                .isInstanceOf(Refusal.class);
        assertThat(rows.reload(pitch.id).status).isEqualTo(Pitch.Status.WITHDRAWN);
    }

    @Test
    void nobodyReviewsTheirOwnPitchAndReviewersSeeItBlind() {
        Pitch pitch = pitches.submit(night.id, ACME, sam);
        rows.reviewer(night.id, "sam");
        rows.reviewer(night.id, "alice");

        assertThatThrownBy(() -> reviews.review(pitch.id, new ReviewInput(5, 5, 5, 5, null), sam))
                .isInstanceOf(Refusal.class).hasMessageContaining("own pitch");
        reviews.review(pitch.id, new ReviewInput(4, 4, 4, 4, "Good"), alice);

        Ranking ranking = reviews.ranking(night.id, alice);
        assertThat(ranking.blind()).isTrue();
        assertThat(ranking.pitches()).singleElement().satisfies(entry -> {
            assertThat(entry.weightedMean()).isEqualTo(4.0);
            assertThat(entry.pitch().founderName()).isNull();
        });
    }
}
