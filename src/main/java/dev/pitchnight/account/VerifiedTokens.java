package dev.pitchnight.account;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this instance has fully verified (signature, issuer, audience, expiry: quarkus-oidc),
 * remembered by their exact text until they expire, so that the same token sent again (a phone
 * polling, an API client's next call) is not parsed and its RS256 signature checked again: that
 * was about 0.34 ms of CPU per request (bench/README.md, issue 18). A token never seen, changed by
 * one character, or expired goes to quarkus-oidc as before; only successful verifications are
 * remembered ({@link RememberVerifiedTokens}). Browser sessions (ID tokens in the session cookie)
 * are not cached here. Everything that runs after verification (erased accounts, names) still runs
 * on every request.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Set on identities answered from here, so that {@link RememberVerifiedTokens} does not store them again. */
    static final String REMEMBERED = VerifiedTokens.class.getName() + ".remembered";

    private final CaffeineCache verified;
    private final Clock clock;
    private final AtomicLong served = new AtomicLong();

    VerifiedTokens(@CacheName("verified-bearer-tokens") Cache verified, Clock clock) {
        this.verified = verified.as(CaffeineCache.class);
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before quarkus-oidc's provider (the default priority, 1001: higher goes first): answers only
     * for a token it verified, else passes the request on.
     */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer) || bearer.isOpaque()) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = lookUp(bearer.getToken());
        if (known == null) {
            return Uni.createFrom().nullItem(); // quarkus-oidc verifies it
        }
        // The same identity, tied to this request (quarkus-oidc keeps the request's context in it).
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        QuarkusSecurityIdentity.Builder again = QuarkusSecurityIdentity.builder(known).addAttribute(REMEMBERED, Boolean.TRUE);
        if (current != null) {
            again.addAttribute(RoutingContext.class.getName(), current)
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, current);
        }
        served.incrementAndGet();
        return Uni.createFrom().item(again.build());
    }

    /** How many requests this instance answered from a remembered verification. */
    long served() {
        return served.get();
    }

    /** The identity verified for exactly this token, if it has not expired since. */
    SecurityIdentity lookUp(String token) {
        CompletableFuture<Object> entry = verified.getIfPresent(token);
        if (entry == null || !entry.isDone() || entry.isCompletedExceptionally()) {
            return null;
        }
        SecurityIdentity identity = (SecurityIdentity) entry.join();
        return identity.getPrincipal() instanceof JsonWebToken jwt && clock.instant().getEpochSecond() < jwt.getExpirationTime()
                ? identity : null;
    }

    /**
     * Remembers a verified bearer token's identity (before anything augments it), without the request
     * it came with: a remembered identity must not keep that request's context, buffers and all, alive.
     */
    void remember(String token, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && clock.instant().getEpochSecond() < jwt.getExpirationTime()) {
            SecurityIdentity detached = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(RoutingContext.class.getName(), null)
                    .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, null)
                    .build();
            verified.put(token, CompletableFuture.completedFuture(detached));
        }
    }

    /** Whether this exact token's verification is stored, expired or not. */
    boolean knows(String token) {
        return verified.getIfPresent(token) != null;
    }

    /** Whether this identity was answered from a remembered verification (then there is nothing to remember). */
    static boolean answeredHere(SecurityIdentity identity) {
        return Boolean.TRUE.equals(identity.getAttribute(REMEMBERED));
    }
}
