package dev.pitchnight.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's display name as their token last said it; people themselves live in Keycloak. */
@Entity
@Table(name = "people")
public class Person extends PanacheEntityBase {

    @Id
    @Column(length = 255)
    public String username;

    @Column(name = "display_name", nullable = false, length = 255)
    public String displayName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
