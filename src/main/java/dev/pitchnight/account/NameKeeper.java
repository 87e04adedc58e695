package dev.pitchnight.account;

import dev.pitchnight.web.ServiceBusy;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Keeps {@link People} up to date: when a signed-in person's token carries a name this instance
 * has not written yet (their first request here after signing in, or a name changed in
 * Keycloak), it is written before the request goes on. Otherwise it costs a map lookup.
 */
@ApplicationScoped
public class NameKeeper implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(NameKeeper.class);

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
        if (username == null || !people.isNew(username, name)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            try {
                people.remember(username, name);
            } catch (RuntimeException e) {
                if (!ServiceBusy.isDatabaseUnavailable(e)) {
                    LOG.warnf(e, "Could not write the display name of %s", username);
                }
            }
            return identity;
        });
    }
}
