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
import jakarta.json.JsonString;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
        Verified known = valid(bearer.getToken());
        if (known == null) {
            return Uni.createFrom().nullItem(); // quarkus-oidc verifies it
        }
        served.incrementAndGet();
        return Uni.createFrom().item(known.identity(bearer.getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
    }

    /** How many requests this instance answered from a remembered verification. */
    long served() {
        return served.get();
    }

    /** The identity verified for exactly this token, if it has not expired since (not tied to a request). */
    SecurityIdentity lookUp(String token) {
        Verified known = valid(token);
        return known == null ? null : known.identity(token, null);
    }

    private Verified valid(String token) {
        CompletableFuture<Object> entry = verified.getIfPresent(token);
        if (entry == null || !entry.isDone() || entry.isCompletedExceptionally()) {
            return null;
        }
        Verified known = (Verified) entry.join();
        return clock.instant().getEpochSecond() < known.principal().getExpirationTime() ? known : null;
    }

    /**
     * Remembers what quarkus-oidc made of a verified bearer token (before anything augments it). Only
     * its parts are kept, never the identity itself: that holds the request it came with (in its
     * attributes, and in the permission checker that copying an identity adds), and a rush then kept
     * 5,000 requests' contexts alive (bench/README.md).
     */
    void remember(String token, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && clock.instant().getEpochSecond() < jwt.getExpirationTime()) {
            Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
            attributes.remove(RoutingContext.class.getName());
            attributes.remove(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
            verified.put(token, CompletableFuture.completedFuture(
                    new Verified(jwt, Set.copyOf(identity.getRoles()), Map.copyOf(attributes), scopes(jwt))));
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

    /** The token's scopes, which quarkus-oidc grants as permissions (its {@code scope} claim, space-separated). */
    private static Set<String> scopes(JsonWebToken jwt) {
        Object claim = jwt.getClaim("scope");
        String text = claim instanceof JsonString json ? json.getString() : claim instanceof String plain ? plain : null;
        return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.trim().split("\\s+")));
    }

    /** What a verification established, without the request that carried the token. */
    private record Verified(JsonWebToken principal, Set<String> roles, Map<String, Object> attributes, Set<String> scopes) {

        /** The identity quarkus-oidc would build, tied to this request (it keeps the request's context in it). */
        SecurityIdentity identity(String token, RoutingContext current) {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                    .setPrincipal(principal).addRoles(roles).addAttributes(attributes)
                    .addCredential(new AccessTokenCredential(token))
                    .addAttribute(REMEMBERED, Boolean.TRUE);
            if (!scopes.isEmpty()) {
                builder.addPermissionsAsString(scopes);
            }
            if (current != null) {
                builder.addAttribute(RoutingContext.class.getName(), current)
                        .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, current);
            }
            return builder.build();
        }
    }
}
