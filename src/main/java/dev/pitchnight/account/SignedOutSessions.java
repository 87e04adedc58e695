package dev.pitchnight.account;

import dev.pitchnight.web.ServiceBusy;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Refuses a token whose Keycloak session was signed out of here ({@link EndedSessions}): a page
 * request then goes to Keycloak's sign-in like any request without a session, an /api request
 * gets 401. While the database is away the check is skipped (the request meets the 503 of the
 * database's absence soon enough); everything else about the token was verified before.
 */
@ApplicationScoped
public class SignedOutSessions implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SignedOutSessions.class);

    private final EndedSessions ended;

    SignedOutSessions(EndedSessions ended) {
        this.ended = ended;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        String sid = EndedSessions.sid(identity);
        if (sid == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean signedOut;
            try {
                signedOut = ended.ended(sid);
            } catch (RuntimeException e) {
                if (!ServiceBusy.isDatabaseUnavailable(e)) {
                    throw e;
                }
                LOG.debugf("Database away: session %s not checked against sign-outs", sid);
                return identity;
            }
            if (signedOut) {
                throw new AuthenticationFailedException("This session was signed out");
            }
            return identity;
        });
    }
}
