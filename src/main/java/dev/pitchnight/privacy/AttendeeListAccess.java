package dev.pitchnight.privacy;

import dev.pitchnight.rsvp.AttendeeListOpened;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look at a night's attendee list by an organizer: who, when, which night, how. */
@Entity
@Table(name = "attendee_list_access")
public class AttendeeListAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Column(nullable = false, length = 255)
    public String viewer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public AttendeeListOpened.Kind kind;

    @Column(name = "accessed_at", nullable = false)
    public Instant accessedAt;
}
