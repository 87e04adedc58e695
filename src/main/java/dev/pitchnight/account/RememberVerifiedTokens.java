package dev.pitchnight.account;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands each bearer token quarkus-oidc verified to {@link VerifiedTokens}: the first augmentor,
 * so it sees the identity exactly as verification made it, before anything else adds to it.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    RememberVerifiedTokens(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE; // before ErasedAccounts (1000) and NameKeeper
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential bearer = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        // Bearer requests only: a browser session's identity also holds an access token, next to its ID token.
        if (bearer != null && !bearer.isOpaque() && identity.getCredential(IdTokenCredential.class) == null
                && !VerifiedTokens.answeredHere(identity)) {
            verified.remember(bearer.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
