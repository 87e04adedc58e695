package dev.pitchnight.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A pitch night. Start and end are instants (stored in UTC) plus the IANA zone the night
 * happens in, so that "6:30 PM in Palo Alto" stays right across daylight-saving changes.
 */
@Entity
@Table(name = "events")
public class Event extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED, CANCELLED, COMPLETED }

    /** What happens when seats free up: promote the next in line at once, or offer them the seat. */
    public enum WaitlistPolicy { AUTO, OFFER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public MeetupGroup group;

    @Column(nullable = false, length = 100)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    /** Markdown, rendered sanitized. */
    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(name = "venue_name", length = 200)
    public String venueName;

    @Column(name = "venue_address", length = 500)
    public String venueAddress;

    @Column(name = "online_url", length = 500)
    public String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** IANA zone id, e.g. {@code America/Los_Angeles}. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "guests_allowed", nullable = false)
    public int guestsAllowed;

    @Column(name = "waitlist_enabled", nullable = false)
    public boolean waitlistEnabled = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "waitlist_policy", nullable = false, length = 8)
    public WaitlistPolicy waitlistPolicy = WaitlistPolicy.AUTO;

    @Column(name = "rsvp_opens_at")
    public Instant rsvpOpensAt;

    @Column(name = "rsvp_closes_at")
    public Instant rsvpClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.DRAFT;

    @Column(name = "created_by", nullable = false, length = 255)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** Seats held by CONFIRMED RSVPs (1 + guests each); kept in step with the rows by the RSVP desk. */
    @Column(name = "confirmed_seats", nullable = false)
    public int confirmedSeats;

    /** Seats held for waitlisted people who were offered them (policy OFFER) and have not answered. */
    @Column(name = "offered_seats", nullable = false)
    public int offeredSeats;

    /** People on the waitlist. */
    @Column(name = "waitlist_length", nullable = false)
    public int waitlistLength;

    /** The last queue number handed out; the next RSVP gets the one after. */
    @Column(name = "queue_seq", nullable = false)
    public long queueSeq;

    /** The current cover picture's hash (its address), or null: the pictures are in {@code picture_variants}. */
    @Column(name = "cover_hash", length = 32)
    public String coverHash;

    @Version
    public long version;

    /** Seats nobody holds: the RSVP button's "n seats left". */
    public int seatsLeft() {
        return Math.max(0, capacity - confirmedSeats - offeredSeats);
    }

    /**
     * Locks the event's row until the transaction ends and returns the event as committed
     * before the lock. Every change to seats, capacity or the waitlist starts here, so changes
     * to one night are serialized across all app instances (plain {@code FOR UPDATE}, which
     * MySQL 8.4 and MariaDB 10.11 both accept; see docs/ARCHITECTURE.md).
     */
    public static Optional<Event> lockForUpdate(long id) {
        List<?> row = getEntityManager().createNativeQuery("SELECT id FROM events WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return row.isEmpty() ? Optional.empty() : Optional.ofNullable(findById(id));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone());
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(zone());
    }
}
