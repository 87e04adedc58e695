package dev.pitchnight.account;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Pitchnight's realm roles in Keycloak. Every signed-in person is an attendee (the realm's
 * default roles include it); group-level rights (owner, co-organizer) live in our database.
 */
public enum Role {
    ATTENDEE, FOUNDER, ORGANIZER, ADMIN;

    public static final String ATTENDEE_NAME = "attendee";
    public static final String FOUNDER_NAME = "founder";
    public static final String ORGANIZER_NAME = "organizer";
    public static final String ADMIN_NAME = "admin";

    /** The role's name in Keycloak, e.g. {@code organizer}. */
    public String realmName() {
        return name().toLowerCase();
    }

    /** The Pitchnight roles among a token's roles, in this enum's order (Keycloak adds others). */
    public static List<Role> among(Set<String> tokenRoles) {
        return Arrays.stream(values()).filter(role -> tokenRoles.contains(role.realmName())).toList();
    }
}
