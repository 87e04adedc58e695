package dev.pitchnight.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps {@link People} up to date: when a signed-in person's token carries a name this instance
 * has not written yet (their first request here after signing in, or a name changed in
 * Keycloak), it is noted and written behind the request ({@link NameWriter}). Either way the
 * request costs a map lookup.
 */
@ApplicationScoped
public class NameKeeper implements SecurityIdentityAugmentor {

    private final People people;

    NameKeeper(People people) {
        this.people = people;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        String name = Viewer.nameOf(token);
        people.note(username, name); // a map entry; the name is written behind the request
        return Uni.createFrom().item(identity);
    }
}
