package dev.pitchnight.live;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A night's live state: which agenda item is on stage and the facts its clock follows from. Only
 * {@link LiveService} changes it, under the night's row lock. Nothing here ticks: the remaining
 * time is computed from these facts and "now" ({@link #remainingMillis}), on the server for the
 * API and in the browser for the countdown.
 */
@Entity
@Table(name = "live_nights")
public class LiveNight extends PanacheEntityBase {

    public enum Phase {
        /** The night has not started. */
        WAITING,
        /** A startup pitches. */
        PITCH,
        /** Questions to the startup that just pitched. */
        QA,
        /** A non-pitch item runs (intro, break, networking). */
        ITEM,
        /** The next item is announced and not started yet. */
        BETWEEN,
        /** The night is over. */
        ENDED;

        public boolean running() {
            return this == PITCH || this == QA || this == ITEM;
        }
    }

    public enum Moderation { PRE, POST }

    public enum Award { NONE, OPEN, CLOSED, REVEALED }

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "stage_key", nullable = false, length = 64)
    public String stageKey;

    @Column(name = "item_id")
    public Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Phase phase = Phase.WAITING;

    @Column(name = "phase_started_at")
    public Instant phaseStartedAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "paused_millis", nullable = false)
    public long pausedMillis;

    @Column(name = "extension_millis", nullable = false)
    public long extensionMillis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public Moderation moderation = Moderation.POST;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Award award = Award.NONE;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Time left in the current phase at {@code now}: its length plus extensions minus the time it
     * has run (paused time does not count). Negative when over time; null when no clock runs.
     */
    public static Long remainingMillis(Phase phase, Instant started, Instant pausedAt, long pausedMillis,
                                       long extensionMillis, long lengthMillis, Instant now) {
        if (!phase.running() || started == null) {
            return null;
        }
        Instant until = pausedAt != null ? pausedAt : now;
        long ran = Duration.between(started, until).toMillis() - pausedMillis;
        return lengthMillis + extensionMillis - Math.max(0, ran);
    }
}
