package dev.pitchnight.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.support.Viewers;
import dev.pitchnight.web.Refusal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stage clock's rules where they live, without HTTP (LiveResourceTest and LivePageTest stay). */
@QuarkusTest
class LiveServiceTest {

    @Inject
    LiveData data;

    @Inject
    LiveService live;

    LiveData.Night night;
    Viewer olivia = Viewers.signedIn("olivia");

    @BeforeEach
    void nightWithTwoPitchesAndABreak() {
        night = data.night();
    }

    @Test
    void theNightStartsWithTheFirstPitchAndCannotStartTwice() {
        LiveView started = live.act(night.eventId(), LiveService.Action.START, olivia);
        assertThat(started.phase()).isEqualTo(LiveNight.Phase.PITCH);
        assertThat(started.slot().id()).isEqualTo(night.acmeSlot());
        assertThat(data.live(night.eventId()).itemId).isEqualTo(night.acmeSlot());

        assertThatThrownBy(() -> live.act(night.eventId(), LiveService.Action.START, olivia))
                .isInstanceOf(Refusal.class).hasMessageContaining("already runs");
        assertThat(data.live(night.eventId()).phase).isEqualTo(LiveNight.Phase.PITCH);
    }

    @Test
    void onlyARunningClockPausesAndOnlyAPausedOneResumes() {
        assertThatThrownBy(() -> live.act(night.eventId(), LiveService.Action.PAUSE, olivia)).isInstanceOf(Refusal.class);
        live.act(night.eventId(), LiveService.Action.START, olivia);
        assertThat(live.act(night.eventId(), LiveService.Action.PAUSE, olivia).paused()).isTrue();
        assertThatThrownBy(() -> live.act(night.eventId(), LiveService.Action.PAUSE, olivia)).isInstanceOf(Refusal.class);
        assertThat(live.act(night.eventId(), LiveService.Action.RESUME, olivia).paused()).isFalse();
        assertThatThrownBy(() -> live.act(night.eventId(), LiveService.Action.RESUME, olivia)).isInstanceOf(Refusal.class);
    }

    @Test
    void onlyTheNightsOrganizersRunItsClock() {
        assertThatThrownBy(() -> live.act(night.eventId(), LiveService.Action.START, Viewers.signedIn("alice")))
                .isInstanceOf(Refusal.class);
        assertThat(live.night(night.eventId()).map(n -> n.phase).orElse(LiveNight.Phase.WAITING)).isEqualTo(LiveNight.Phase.WAITING);
    }
}
