package dev.pitchnight.live;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One live change (clock, question, vote, award), appended by {@link ChangeLog} in the transaction
 * that makes it. Every instance tails this table ({@link ChangeFeed}); the id is the server-sent
 * event's id. The payload is public JSON: never who asked an anonymous question.
 */
@Entity
@Table(name = "live_changes")
public class LiveChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(nullable = false, length = 4000)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
