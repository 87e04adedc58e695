package dev.pitchnight.agenda;

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
import java.util.List;
import java.util.Optional;

/**
 * One item of a night's run of show. Its start is not stored: it follows from the night's start
 * and the items before it ({@link AgendaService}). A PITCH slot holds one accepted pitch; its
 * {@code minutes} are the pitch itself and {@code qaMinutes} the questions after it. Ids are
 * stable across reordering, so the live night can point at a slot.
 */
@Entity
@Table(name = "agenda_items")
public class AgendaItem extends PanacheEntityBase {

    public enum Kind {
        DOORS(30), INTRO(10), PITCH(5), BREAK(15), NETWORKING(60), OTHER(10);

        /** What the editor proposes when no length is given (for PITCH: the pitch, Q&A comes on top). */
        public final int defaultMinutes;

        Kind(int defaultMinutes) {
            this.defaultMinutes = defaultMinutes;
        }
    }

    public static final int DEFAULT_QA_MINUTES = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** 1, 2, 3 … in running order. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    /** Optional wording ("Welcome by olivia"); pages fall back to the kind's name. */
    @Column(length = 200)
    public String title;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "qa_minutes", nullable = false)
    public int qaMinutes;

    @Column(name = "pitch_id")
    public Long pitchId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** How long the item takes: for a pitch slot, pitch and Q&A together. */
    public int totalMinutes() {
        return minutes + qaMinutes;
    }

    /** The night an item belongs to, read before the night's lock is taken (it never changes). */
    static Optional<Long> eventOf(long id) {
        List<?> row = getEntityManager().createNativeQuery("SELECT event_id FROM agenda_items WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return row.isEmpty() ? Optional.empty() : Optional.of(((Number) row.get(0)).longValue());
    }
}
