package dev.pitchnight.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which optional mails one person gets; a person without a row gets every kind. */
@Entity
@Table(name = "notification_preferences")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    @Column(length = 255)
    public String username;

    @Column(name = "new_nights", nullable = false)
    public boolean newNights = true;

    @Column(nullable = false)
    public boolean reminders = true;

    @Column(name = "organizer_messages", nullable = false)
    public boolean organizerMessages = true;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
