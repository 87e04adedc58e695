package dev.pitchnight.support;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import java.util.List;

/** A signed-in person for service-level tests, which call services without a request. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer signedIn(String username, Role... roles) {
        return new Viewer() {
            @Override
            public boolean signedIn() {
                return true;
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String displayName() {
                return username;
            }

            @Override
            public String email() {
                return username + "@example.com";
            }

            @Override
            public List<Role> roles() {
                return List.of(roles);
            }

            @Override
            public boolean hasRole(Role role) {
                return roles().contains(role);
            }
        };
    }
}
