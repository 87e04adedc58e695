package dev.pitchnight.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** JWTs the app must refuse: signed with a key Keycloak never had, or altered after signing. */
public final class ForgedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** A well-formed RS256 token claiming to be {@code username}, expiring {@code lifetime} from now. */
    public static String signedByStranger(String username, String issuer, Duration lifetime) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"forged\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + username + "\",\"preferred_username\":\"" + username
                + "\",\"iat\":" + (now - 60) + ",\"exp\":" + (now + lifetime.toSeconds())
                + ",\"realm_access\":{\"roles\":[\"admin\",\"organizer\"]}}";
        String signingInput = encode(header) + "." + encode(payload);
        try {
            KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with one payload claim changed and the original signature kept. */
    public static String withPayloadClaim(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        String payload = new String(B64_DECODE.decode(parts[1]), StandardCharsets.UTF_8);
        String changed = payload.replaceFirst("\"" + claim + "\":\"[^\"]*\"", "\"" + claim + "\":\"" + value + "\"");
        if (changed.equals(payload)) {
            throw new IllegalArgumentException("token has no claim " + claim);
        }
        return parts[0] + "." + encode(changed) + "." + parts[2];
    }

    private static String encode(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
