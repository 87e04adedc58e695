package dev.pitchnight.rsvp;

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

/**
 * A person's answer to a night: one row per person and event, kept across cancellations so
 * that a repeated request never makes a second place. Only {@link RsvpService} changes it,
 * inside a transaction that holds the event's row lock.
 */
@Entity
@Table(name = "rsvps")
public class Rsvp extends PanacheEntityBase {

    public enum Status {
        /** Has a seat. */
        CONFIRMED,
        /** In the queue for a seat. */
        WAITLISTED,
        /** A seat is held for them until {@code offerExpiresAt} (policy OFFER). */
        OFFERED,
        /** Gave the place up; a new RSVP goes to the back of the queue. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(nullable = false, length = 255)
    public String username;

    /** Where mails about this RSVP go (from the person's account when they RSVPed). */
    @Column(length = 320)
    public String email;

    @Column(nullable = false)
    public int guests;

    /** 1 + guests: what this RSVP takes from the capacity. */
    @Column(nullable = false)
    public int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    /** Arrival order within the event. */
    @Column(name = "queue_no", nullable = false)
    public long queueNo;

    @Column(name = "offer_expires_at")
    public Instant offerExpiresAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** When this RSVP moved from the waitlist to a seat, if it did. */
    @Column(name = "promoted_at")
    public Instant promotedAt;

    /**
     * Set while the group's no-show rule holds this waitlist place back: it is skipped when
     * seats are handed out until then (or until an organizer lets the person in).
     */
    @Column(name = "held_until")
    public Instant heldUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean holdsPlace() {
        return status != Status.CANCELLED;
    }

    /** A waitlist place the no-show rule holds back: it waits but is not given a seat yet. */
    public boolean heldBack() {
        return status == Status.WAITLISTED && heldUntil != null;
    }
}
