package dev.pitchnight.qa;

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

/**
 * An audience question to the startup of one pitch slot. The asker is always recorded (moderators
 * see who asked); {@code anonymous} only hides them from the audience. Only {@link QuestionService}
 * changes it; {@code votes} moves together with the rows of {@code question_votes}.
 */
@Entity
@Table(name = "questions")
public class Question extends PanacheEntityBase {

    public enum Status {
        /** Waits for a moderator (pre-moderated nights); only the asker and moderators see it. */
        PENDING,
        /** Shown to everyone. */
        VISIBLE,
        /** Taken down by a moderator, with a reason the asker sees. */
        HIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(name = "item_id", nullable = false)
    public long slotId;

    @Column(nullable = false, length = 255)
    public String asker;

    @Column(name = "asker_name", nullable = false, length = 255)
    public String askerName;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(nullable = false, length = 1000)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Status status;

    @Column(name = "hidden_reason", length = 200)
    public String hiddenReason;

    @Column(nullable = false)
    public boolean answered;

    @Column(nullable = false)
    public boolean pinned;

    @Column(nullable = false)
    public int votes;

    @Column(name = "moderated_by", length = 255)
    public String moderatedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
