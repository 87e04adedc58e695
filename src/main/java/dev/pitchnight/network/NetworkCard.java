package dev.pitchnight.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A person's profile card for one night; it exists only because they chose to publish it. */
@Entity
@Table(name = "network_cards")
public class NetworkCard extends PanacheEntityBase {

    /** What someone is looking for at the night. */
    public enum LookingFor { COFOUNDER, INVESTORS, HIRING, CUSTOMERS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 120)
    public String role;

    @Column(length = 120)
    public String company;

    @Column(length = 500)
    public String link;

    @Column(length = 320)
    public String email;

    @Column(name = "looking_for", nullable = false, length = 100)
    public String lookingFor = "";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<LookingFor> lookingForList() {
        return lookingFor.isEmpty() ? List.of()
                : Arrays.stream(lookingFor.split(",")).map(LookingFor::valueOf).toList();
    }

    public boolean looksFor(String what) {
        return lookingForList().stream().anyMatch(item -> item.name().equals(what));
    }
}
