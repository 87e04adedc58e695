package dev.pitchnight.account;

import java.util.List;

/** The body of {@code GET /api/me}: who the bearer of the token is. */
public record Me(String username, String name, String email, List<String> roles) {

    static Me of(Viewer viewer) {
        return new Me(viewer.username(), viewer.displayName(), viewer.email(),
                viewer.roles().stream().map(Role::realmName).toList());
    }
}
