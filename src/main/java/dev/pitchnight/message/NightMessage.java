package dev.pitchnight.message;

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

/** What an organizer wrote to a night's people, to whom, and how many it reached. */
@Entity
@Table(name = "night_messages")
public class NightMessage extends PanacheEntityBase {

    /** Who a message is for: those with a seat, those still waiting for one, or both. */
    public enum Audience { CONFIRMED, WAITLISTED, ALL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Audience audience;

    @Column(nullable = false, length = 200)
    public String subject;

    /** Markdown, as the organizer wrote it. */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "sent_by", nullable = false, length = 255)
    public String sentBy;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    /** How many people it was mailed to (those who turned organizers' messages off are not counted). */
    @Column(nullable = false)
    public int recipients;
}
