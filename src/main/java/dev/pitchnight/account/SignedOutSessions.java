package dev.pitchnight.account;

import dev.pitchnight.web.ServiceBusy;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Refuses a browser session (the code flow's session cookie) whose Keycloak session was signed
 * out of here ({@link EndedSessions}): the page then goes to Keycloak's sign-in like any request
 * without a session, an /api call made with that cookie gets 401. While the database is away the
 * check is skipped (the request meets the 503 of the database's absence soon enough); everything
 * else about the token was verified before.
 *
 * <p>Bearer tokens sent by API clients are not looked up: like any OIDC resource server we take
 * them for their short life (Keycloak's access tokens live 5 minutes), and a lookup per call
 * cost a third of the RSVP rush's throughput (bench/README.md).
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
        if (sid == null || identity.getCredential(IdTokenCredential.class) == null) { // not a browser session
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
