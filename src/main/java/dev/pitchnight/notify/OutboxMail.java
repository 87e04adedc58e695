package dev.pitchnight.notify;

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

/** A mail waiting in (or sent from) the transactional outbox. */
@Entity
@Table(name = "outbox_mails")
public class OutboxMail extends PanacheEntityBase {

    public enum Kind {
        RSVP_CONFIRMED, RSVP_WAITLISTED, RSVP_PROMOTED, RSVP_OFFERED, EVENT_CHANGED, EVENT_CANCELLED,
        PITCH_RECEIVED, PITCH_ACCEPTED, PITCH_RESERVE, PITCH_REJECTED,
        /** 24 hours before the night, to everyone with a seat. */
        REMINDER_NIGHT,
        /** Before a held seat's deadline, to the person it is held for. */
        REMINDER_OFFER,
        /** After the night, to each accepted startup: its report is ready (once per pitch). */
        PITCH_REPORT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(name = "dedup_key", nullable = false, length = 200)
    public String dedupKey;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
