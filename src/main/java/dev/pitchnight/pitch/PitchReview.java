package dev.pitchnight.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reviewer's scores (1-5 per criterion) and comment on one pitch; a new review replaces their old one. */
@Entity
@Table(name = "pitch_reviews")
public class PitchReview extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pitch_id", nullable = false)
    public long pitchId;

    @Column(nullable = false, length = 255)
    public String reviewer;

    @Column(name = "score_team", nullable = false)
    public int team;

    @Column(name = "score_problem", nullable = false)
    public int problem;

    @Column(name = "score_traction", nullable = false)
    public int traction;

    @Column(name = "score_fit", nullable = false)
    public int fit;

    @Column(columnDefinition = "TEXT")
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
