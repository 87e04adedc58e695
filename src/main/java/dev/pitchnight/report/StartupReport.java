package dev.pitchnight.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The organizer's choices for one accepted pitch's report, and whether its mail went out. Absent
 * until the organizer first saves a choice or sends the reports: absent means "review not shared,
 * not sent". Only {@link ReportService} changes it, under the night's row lock.
 */
@Entity
@Table(name = "startup_reports")
public class StartupReport extends PanacheEntityBase {

    @Id
    @Column(name = "pitch_id")
    public Long pitchId;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** The review's means and the note reach the founder only when true. */
    @Column(name = "share_review", nullable = false)
    public boolean shareReview;

    @Column(length = 2000)
    public String note;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "sent_by")
    public String sentBy;
}
