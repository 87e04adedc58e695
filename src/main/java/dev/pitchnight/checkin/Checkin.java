package dev.pitchnight.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone (with their guests) came through the door: at most one row per RSVP. */
@Entity
@Table(name = "checkins")
public class Checkin extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "rsvp_id", nullable = false)
    public long rsvpId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public int guests;

    @Column(name = "checked_in_at", nullable = false)
    public Instant checkedInAt;

    @Column(name = "checked_in_by", nullable = false)
    public String checkedInBy;
}
