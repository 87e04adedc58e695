package dev.pitchnight.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's place in a group; owners and co-organizers run its events. */
@Entity
@Table(name = "group_members")
public class GroupMember extends PanacheEntityBase {

    public enum GroupRole { OWNER, CO_ORGANIZER, MEMBER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public MeetupGroup group;

    /** The Keycloak user name; people themselves live in Keycloak. */
    @Column(nullable = false, length = 255)
    public String username;

    /** Where the group's news reach the member ("New pitch night"): the address their sign-in carried when they joined. */
    @Column(length = 320)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GroupRole role;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt = Instant.now();
}
