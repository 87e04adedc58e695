package dev.pitchnight.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, as pages and resources need them: signed in or
 * not, user name, display name, Pitchnight roles. Templates reach it as {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The Keycloak user name ({@code preferred_username}), or null when anonymous. */
    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : null;
    }

    /** The full name the person gave Keycloak (given and family name), falling back to the user name. */
    public String displayName() {
        if (!signedIn()) {
            return null;
        }
        String name = identity.getPrincipal() instanceof JsonWebToken token ? nameOf(token) : null;
        return name == null ? username() : name;
    }

    /** "Given Family" from the token's claims (or its {@code name}), null when it carries none. */
    static String nameOf(JsonWebToken token) {
        String given = text(token.getClaim("given_name"));
        String family = text(token.getClaim("family_name"));
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        if (!joined.isEmpty()) {
            return joined;
        }
        return text(token.getClaim("name"));
    }

    private static String text(Object claim) {
        String value = claim == null ? null : claim.toString().strip();
        return value == null || value.isEmpty() ? null : value;
    }

    public String email() {
        return signedIn() ? claim("email") : null;
    }

    public List<Role> roles() {
        return signedIn() ? Role.among(identity.getRoles()) : List.of();
    }

    /** For templates: whether to offer the administrators' page. */
    public boolean admin() {
        return hasRole(Role.ADMIN);
    }

    public boolean hasRole(Role role) {
        return signedIn() && identity.hasRole(role.realmName());
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
