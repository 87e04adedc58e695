package dev.pitchnight.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone an organizer invited to review one night's pitches. */
@Entity
@Table(name = "pitch_reviewers")
public class PitchReviewer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(nullable = false, length = 255)
    public String username;

    @Column(name = "invited_by", nullable = false, length = 255)
    public String invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;
}
