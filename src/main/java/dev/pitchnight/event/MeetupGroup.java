package dev.pitchnight.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
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

    @Column(length = 120)
    public String city;

    /** IANA zone id: the default for the group's nights. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone = "UTC";

    @Column(length = 500)
    public String website;

    /** Whether members see who else is a member (the owner decides). */
    @Column(name = "members_visible", nullable = false)
    public boolean membersVisible;

    /** Set by an admin: the group's nights leave listings and take no RSVPs or pitches; nothing is deleted. */
    @Column(name = "suspended_at")
    public Instant suspendedAt;

    /** Who started the group (null for groups from before self-service). */
    @Column(name = "created_by", length = 255)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** The current logo's hash (its address), or null: the pictures are in {@code picture_variants}. */
    @Column(name = "logo_hash", length = 32)
    public String logoHash;

    /** The group's page, for links. */
    public String page() {
        return "/groups/" + slug;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    /** Loads the group with its row locked until the transaction ends (plain {@code FOR UPDATE}, as MariaDB has no {@code OF}). */
    public static Optional<MeetupGroup> lockForUpdate(long id) {
        List<?> row = getEntityManager().createNativeQuery("SELECT id FROM meetup_groups WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return row.isEmpty() ? Optional.empty() : Optional.ofNullable(findById(id));
    }

    public static Optional<MeetupGroup> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
