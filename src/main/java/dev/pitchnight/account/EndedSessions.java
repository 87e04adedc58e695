package dev.pitchnight.account;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Keycloak sessions signed out of here. Pitchnight's session cookie holds the tokens themselves
 * (Quarkus' default, so that any replica can serve any request), which means a copy of the cookie
 * would keep opening pages after "Sign out" until the ID token expires (5 minutes). Signing out
 * therefore records the session's {@code sid} in the shared database, and every signed-in request
 * with that {@code sid} is refused ({@link SignedOutSessions}), on every replica.
 */
@ApplicationScoped
public class EndedSessions {

    private static final Logger LOG = Logger.getLogger(EndedSessions.class);
    /** Longer than any token of the session lives; Keycloak refuses its refresh by then anyway. */
    static final Duration KEPT = Duration.ofDays(1);

    private final EntityManager em;
    private final Clock clock;
    private final Vertx vertx;

    EndedSessions(EntityManager em, Clock clock, Vertx vertx) {
        this.em = em;
        this.clock = clock;
        this.vertx = vertx;
    }

    /** Quarkus OIDC tells when someone signs out through /logout (before it sends them to Keycloak). */
    void onSignOut(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGOUT_RP_INITIATED) {
            return;
        }
        String sid = sid(event.getSecurityIdentity());
        if (sid == null) {
            return;
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            end(sid);
        } else {
            vertx.executeBlocking(() -> {
                end(sid);
                return null;
            }, false).onFailure(e -> LOG.warnf(e, "Could not record the end of session %s", sid));
        }
    }

    @Transactional
    void end(String sid) {
        LocalDateTime now = LocalDateTime.now(clock);
        em.createNativeQuery("INSERT IGNORE INTO ended_sessions (sid, ended_at) VALUES (?1, ?2)")
                .setParameter(1, sid).setParameter(2, now).executeUpdate();
        em.createNativeQuery("DELETE FROM ended_sessions WHERE ended_at < ?1")
                .setParameter(1, now.minus(KEPT)).executeUpdate();
    }

    /** Runs during authentication, outside any request context: a plain read needs no transaction. */
    @ActivateRequestContext
    boolean ended(String sid) {
        return !em.createNativeQuery("SELECT 1 FROM ended_sessions WHERE sid = ?1")
                .setParameter(1, sid).setMaxResults(1).getResultList().isEmpty();
    }

    /** Keycloak's session id in the identity's token (ID token for pages, access token for /api), or null. */
    static String sid(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object sid = token.getClaim("sid");
        return sid == null ? null : sid.toString();
    }
}
