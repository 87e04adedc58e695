package dev.pitchnight.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two people who met at a night and exchanged cards; mutual, one row per pair (names sorted). */
@Entity
@Table(name = "network_connections")
public class NetworkConnection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "first_user", nullable = false)
    public String firstUser;

    @Column(name = "second_user", nullable = false)
    public String secondUser;

    @Column(name = "initiated_by", nullable = false)
    public String initiatedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public String other(String username) {
        return firstUser.equals(username) ? secondUser : firstUser;
    }

    public boolean involves(String username) {
        return firstUser.equals(username) || secondUser.equals(username);
    }
}
