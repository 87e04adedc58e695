package dev.pitchnight.account;

import dev.pitchnight.web.ServiceBusy;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Refuses every token (bearer or session) of an account that asked to be erased, from the moment
 * it asked: Keycloak's access tokens stay valid for their few minutes even after the account is
 * deleted. The subjects ({@code sub}, a random id, not a name) are kept a day in
 * {@code erased_accounts}; each instance holds them in memory, reads the table every two seconds
 * (a check per request would cost the RSVP rush, see {@link SignedOutSessions}) and adds its own
 * at once, so the instance that took the request refuses the next one.
 */
@ApplicationScoped
public class ErasedAccounts implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(ErasedAccounts.class);
    static final Duration KEPT = Duration.ofDays(1);

    private final EntityManager em;
    private final Clock clock;
    private volatile Set<String> erased = Set.of();

    ErasedAccounts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public int priority() {
        return 1000; // first (higher runs earlier), before NameKeeper writes a name back for someone just erased
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null && erased.contains(token.getSubject())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("This account was erased"));
        }
        return Uni.createFrom().item(identity);
    }

    /** The subject of the signed-in person's token, to record with their erasure. */
    public static String subjectOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
    }

    /** Records an erased account in the caller's transaction; this instance refuses it at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String subject) {
        if (subject == null) {
            return;
        }
        em.createNativeQuery("INSERT IGNORE INTO erased_accounts (subject, erased_at) VALUES (?1, ?2)")
                .setParameter(1, subject).setParameter(2, clock.instant()).executeUpdate();
        Set<String> more = new HashSet<>(erased);
        more.add(subject);
        erased = Set.copyOf(more);
    }

    /** Reads what every instance recorded, and forgets subjects older than a day. */
    @Scheduled(every = "2s", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        try {
            Instant since = clock.instant().minus(KEPT);
            @SuppressWarnings("unchecked")
            List<String> subjects = em.createNativeQuery("SELECT subject FROM erased_accounts WHERE erased_at > ?1")
                    .setParameter(1, since).getResultList();
            erased = Set.copyOf(subjects);
            em.createNativeQuery("DELETE FROM erased_accounts WHERE erased_at <= ?1").setParameter(1, since).executeUpdate();
        } catch (RuntimeException e) {
            if (!ServiceBusy.isDatabaseUnavailable(e)) {
                LOG.warn("Could not read the erased accounts", e);
            }
        }
    }
}
