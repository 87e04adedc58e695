package dev.pitchnight.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A meetup group: the community that runs pitch nights (e.g. {@code svnewtech}). */
@Entity
@Table(name = "meetup_groups")
public class MeetupGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    /** Markdown, rendered sanitized. */
    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public static Optional<MeetupGroup> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
