package dev.pitchnight.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's request to be erased, until a worker has done every step (then the user name is cleared). */
@Entity
@Table(name = "erasure_jobs")
public class ErasureJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(length = 255)
    public String username;

    @Column(nullable = false, length = 64)
    public String pseudonym;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 1000)
    public String lastError;

    @Column(name = "done_at")
    public Instant doneAt;
}
