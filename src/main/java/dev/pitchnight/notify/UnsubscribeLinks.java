package dev.pitchnight.notify;

import dev.pitchnight.web.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed address in a mail's {@code List-Unsubscribe} header and footer:
 * {@code /unsubscribe/<person and topic>.<HMAC-SHA256>}. Whoever holds the mail may use it without
 * signing in (RFC 8058 one-click); nobody can make one for somebody else, or for another topic.
 * The signature covers a fixed prefix, so it can never pass for a ticket signed with the same secret.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    /** Whom the link is for, and what it turns off ({@code topic} null: every optional mail). */
    public record Unsubscribe(String username, MailTopic topic) {
    }

    private static final String PURPOSE = "pitchnight-unsubscribe\n";
    private static final String EVERYTHING = "ALL";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Longer than any real token (a 255-character user name): anything longer is not ours. */
    static final int MAX_TOKEN = 600;

    private final byte[] key;
    private final String baseUrl;

    UnsubscribeLinks(MailConfig config, SiteConfig site) {
        this.key = config.signingSecret().getBytes(StandardCharsets.UTF_8);
        this.baseUrl = site.address();
    }

    /** The full address for a mail. */
    public String url(String username, MailTopic topic) {
        return baseUrl + "/unsubscribe/" + token(username, topic);
    }

    /** The path's last part: who and what, then its signature. */
    public String token(String username, MailTopic topic) {
        String payload = username + "\n" + (topic == null ? EVERYTHING : topic.name());
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** What a token says, if it is one of ours, unchanged; empty for anything else. */
    public Optional<Unsubscribe> read(String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            int newline = payload.indexOf('\n');
            String username = payload.substring(0, newline);
            String topic = payload.substring(newline + 1);
            return Optional.of(new Unsubscribe(username, topic.equals(EVERYTHING) ? null : MailTopic.valueOf(topic)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((PURPOSE + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
