package dev.pitchnight.rsvp;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, unguessable tokens that name a row without a lookup table: {@code <id>.<mac>}, the
 * MAC being HMAC-SHA256 over a purpose and the id with the configured secret, cut to 128 bits.
 * Tickets are {@code ticket} tokens of an RSVP id (so the rsvps table needs no column); the
 * networking QR codes are {@code connect} tokens of a card id. Short on purpose: about 28
 * characters make a QR code of version 2 (25×25 modules), which phones read from afar.
 */
@ApplicationScoped
public class TicketTokens {

    public static final String TICKET = "ticket";

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    TicketTokens(RsvpConfig config) {
        String secret = config.tickets().secret();
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("pitchnight.tickets.secret (PITCHNIGHT_TICKETS_SECRET) must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token a confirmed RSVP's ticket (and its QR code) carries. */
    public String ticket(long rsvpId) {
        return sign(TICKET, rsvpId);
    }

    /** For {@code RsvpView}, which is built outside CDI: the ticket token of an RSVP. */
    public static String ticketOf(long rsvpId) {
        return Arc.container().instance(TicketTokens.class).get().ticket(rsvpId);
    }

    public String sign(String purpose, long id) {
        return id + "." + ENCODER.encodeToString(mac(purpose, id));
    }

    /** The id a token names, if it is well formed and was signed by us for this purpose. */
    public OptionalLong verify(String purpose, String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        String trimmed = token.strip();
        int dot = trimmed.indexOf('.');
        if (dot < 1 || dot > 19 || trimmed.length() > 60) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(trimmed.substring(0, dot));
        } catch (NumberFormatException malformed) {
            return OptionalLong.empty();
        }
        // Compared as canonical text: the last Base64 character has spare bits that a decoder ignores.
        byte[] given = trimmed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = ENCODER.encodeToString(mac(purpose, id)).getBytes(StandardCharsets.US_ASCII);
        if (id <= 0 || !MessageDigest.isEqual(given, expected)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(id);
    }

    private byte[] mac(String purpose, long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
            byte[] cut = new byte[MAC_BYTES];
            System.arraycopy(full, 0, cut, 0, MAC_BYTES);
            return cut;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
