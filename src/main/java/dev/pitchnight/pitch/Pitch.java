package dev.pitchnight.pitch;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A startup's application to pitch at one night. Only {@link PitchService} changes it. */
@Entity
@Table(name = "pitches")
public class Pitch extends PanacheEntityBase {

    public enum Status {
        SUBMITTED, ACCEPTED, RESERVE, REJECTED, WITHDRAWN;

        public boolean isDecision() {
            return this == ACCEPTED || this == RESERVE || this == REJECTED;
        }
    }

    public enum Stage { IDEA, PROTOTYPE, LAUNCHED, REVENUE, SCALING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** The submitting founder's Keycloak user name. */
    @Column(nullable = false, length = 255)
    public String founder;

    @Column(name = "founder_name", length = 255)
    public String founderName;

    @Column(nullable = false, length = 120)
    public String company;

    @Column(name = "one_liner", nullable = false, length = 200)
    public String oneLiner;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String problem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Stage stage;

    @Column(length = 500)
    public String website;

    @Column(name = "deck_url", length = 500)
    public String deckUrl;

    /** Team members, one per line. */
    @Column(columnDefinition = "TEXT")
    public String team;

    @Column(name = "contact_email", nullable = false, length = 320)
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.SUBMITTED;

    @Column(name = "decision_no", nullable = false)
    public int decisionNo;

    @Column(name = "decided_by", length = 255)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> teamMembers() {
        return team == null || team.isBlank() ? List.of() : Arrays.stream(team.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    /** The night a pitch belongs to, read before the night's lock is taken (it never changes). */
    static Optional<Long> eventOf(long id) {
        List<?> row = getEntityManager().createNativeQuery("SELECT event_id FROM pitches WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return row.isEmpty() ? Optional.empty() : Optional.of(((Number) row.get(0)).longValue());
    }
}
