package dev.pitchnight.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A night's call for pitches: when founders may submit, the organizer's brief, and the rubric's weights. */
@Entity
@Table(name = "pitch_calls")
public class PitchCall extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(columnDefinition = "TEXT")
    public String brief;

    @Column(name = "slots_wanted", nullable = false)
    public int slotsWanted = 4;

    /** Reviewers do not see founders' names and contact (organizers do). */
    @Column(nullable = false)
    public boolean blind = true;

    @Column(name = "weight_team", nullable = false)
    public int weightTeam = 1;

    @Column(name = "weight_problem", nullable = false)
    public int weightProblem = 1;

    @Column(name = "weight_traction", nullable = false)
    public int weightTraction = 1;

    @Column(name = "weight_fit", nullable = false)
    public int weightFit = 1;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Rubric rubric() {
        return new Rubric(weightTeam, weightProblem, weightTraction, weightFit);
    }
}
