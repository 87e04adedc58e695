package dev.pitchnight.notify;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Size;

/**
 * {@code pitchnight.mail.signing-secret}: signs the one-click unsubscribe links in mails
 * ({@link UnsubscribeLinks}). application.properties defaults it to the tickets' secret (the
 * signatures are domain-separated, so one secret serves both); a deployment may set its own with
 * {@code PITCHNIGHT_MAIL_SIGNING_SECRET}. The same on every replica; changing it voids the links in
 * mails already sent.
 */
@ConfigMapping(prefix = "pitchnight.mail")
public interface MailConfig {

    @Size(min = 32, message = "pitchnight.mail.signing-secret (PITCHNIGHT_MAIL_SIGNING_SECRET) must be at least 32 characters")
    String signingSecret();
}
