package dev.pitchnight.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.TestData;
import dev.pitchnight.support.Viewers;
import dev.pitchnight.web.Refusal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agenda's rules where they live, without HTTP (SlotResourceTest stays). */
@QuarkusTest
class AgendaServiceTest {

    /** 6:30 PM to 9:30 PM in Palo Alto. */
    static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 10, 18, 30, 0, 0, ZoneId.of("America/Los_Angeles"));

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    @Inject
    AgendaService agenda;

    Event night;
    Viewer olivia = Viewers.signedIn("olivia", Role.ORGANIZER);

    @BeforeEach
    void nightFromSixThirtyToNineThirty() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        times(night.id, START.toInstant(), START.plusHours(3).toInstant());
        pitches.call(night.id, Duration.ofDays(7), true);
    }

    @Transactional
    void times(long eventId, Instant start, Instant end) {
        Event event = Event.findById(eventId);
        event.startsAt = start;
        event.endsAt = end;
    }

    @Transactional
    List<AgendaItem> rows() {
        return AgendaItem.list("eventId = ?1 order by position", night.id);
    }

    SlotInput item(String kind, int minutes) {
        return new SlotInput(kind, null, minutes, null, null, null);
    }

    @Test
    void itemsFollowEachOtherAndMovingOneShiftsTheTimes() {
        agenda.add(night.id, item("DOORS", 30), olivia);
        SlotView intro = agenda.add(night.id, item("INTRO", 10), olivia);
        assertThat(intro.startsAt().toInstant()).isEqualTo(START.plusMinutes(30).toInstant());

        List<SlotView> moved = agenda.move(intro.id(), 1, olivia);

        assertThat(moved).extracting(SlotView::kind).containsExactly(AgendaItem.Kind.INTRO, AgendaItem.Kind.DOORS);
        assertThat(moved.get(1).startsAt().toInstant()).isEqualTo(START.plusMinutes(10).toInstant());
        assertThat(rows()).extracting(row -> row.position).containsExactly(1, 2);
    }

    @Test
    void theAgendaMayNotRunPastTheNightsEnd() {
        SlotView doors = agenda.add(night.id, item("DOORS", 180), olivia);

        assertThatThrownBy(() -> agenda.add(night.id, item("BREAK", 1), olivia)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> agenda.change(doors.id(), item(null, 181), olivia)).isInstanceOf(Refusal.class);
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.minutes).isEqualTo(180));
    }

    @Test
    void aSlotHoldsOnlyAnAcceptedPitchAndEachPitchOnce() {
        Pitch waiting = pitches.pitch(night.id, "sam", "Waiting Co", Pitch.Status.SUBMITTED);
        Pitch accepted = pitches.pitch(night.id, "alice", "Accepted Co", Pitch.Status.ACCEPTED);

        assertThatThrownBy(() -> agenda.add(night.id, new SlotInput(null, null, null, waiting.id, null, null), olivia))
                .isInstanceOf(Refusal.class);
        SlotView slot = agenda.add(night.id, new SlotInput(null, null, null, accepted.id, null, null), olivia);
        assertThatThrownBy(() -> agenda.add(night.id, new SlotInput(null, null, null, accepted.id, null, null), olivia))
                .isInstanceOf(Refusal.class).hasMessageContaining("already has a slot");

        assertThat(slot.company()).isEqualTo("Accepted Co");
        assertThat(rows()).extracting(row -> row.pitchId).containsExactly(accepted.id);
        assertThat(agenda.lineup(data.reload(night.id)).startups()).extracting(s -> s.company()).containsExactly("Accepted Co");
    }

    @Test
    void onlyTheNightsOrganizersChangeIt() {
        assertThatThrownBy(() -> agenda.add(night.id, item("BREAK", 15), Viewers.signedIn("alice")))
                .isInstanceOf(Refusal.class);
        assertThat(rows()).isEmpty();
    }
}
