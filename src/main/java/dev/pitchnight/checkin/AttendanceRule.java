package dev.pitchnight.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group's optional no-show rule; no row or a null limit means off (the default). */
@Entity
@Table(name = "attendance_rules")
public class AttendanceRule extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public Long groupId;

    /** Members whose last this-many nights were all no-shows RSVP to the waitlist first. */
    @Column(name = "no_show_limit")
    public Integer noShowLimit;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
