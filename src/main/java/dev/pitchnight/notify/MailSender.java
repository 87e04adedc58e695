package dev.pitchnight.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox. Any number of instances may run it: each round first claims a handful
 * of due mails with one conditional UPDATE (a lease that runs out if the instance dies), sends
 * them, and marks the batch sent in one statement. A mail is sent twice only if an instance dies
 * between sending it and marking its batch; a failed send is retried with growing pauses.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 10;

    private final EntityManager em;
    private final Mailer mailer;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final String settingsUrl;

    MailSender(EntityManager em, Mailer mailer, Clock clock, OutboxConfig config, Outbox outbox) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.settingsUrl = outbox.settingsUrl();
        // The mapping must have an injection point: Quarkus registers no @ConfigMapping without one,
        // and then refuses to start on the pitchnight.outbox.* keys it cannot place ("does not map to any root").
        LOG.debugf("Outbox sender %s: every %s", instance, config.every());
    }

    @Scheduled(every = "${pitchnight.outbox.every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        while (sendDue() == BATCH) {
            // A full batch: more may be waiting.
        }
    }

    /** Claims, sends and marks one batch of due mails; returns how many it claimed. */
    public int sendDue() {
        String claim = instance + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        // Claim: lock the due rows no other worker holds (SKIP LOCKED: MySQL 8 and MariaDB 10.6+), stamp
        // them with this round's lease, commit. Workers never wait for, or deadlock on, each other's rows.
        int claimed = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> due = em.createNativeQuery("SELECT id FROM outbox_mails WHERE sent_at IS NULL AND next_attempt_at <= ?1"
                            + " AND (claimed_until IS NULL OR claimed_until < ?1) ORDER BY id LIMIT " + BATCH
                            + " FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).getResultList();
            if (due.isEmpty()) {
                return 0;
            }
            return em.createNativeQuery("UPDATE outbox_mails SET claimed_by = ?1, claimed_until = ?2 WHERE id IN (?3)")
                    .setParameter(1, claim).setParameter(2, now.plus(LEASE))
                    .setParameter(3, due.stream().map(Number::longValue).toList())
                    .executeUpdate();
        });
        if (claimed == 0) {
            return 0;
        }
        List<OutboxMail> mails = QuarkusTransaction.requiringNew().call(() ->
                OutboxMail.<OutboxMail>list("claimedBy = ?1 and sentAt is null order by id", claim));
        List<Long> sent = new ArrayList<>(mails.size());
        try {
            for (OutboxMail mail : mails) {
                try {
                    mailer.send(compose(mail));
                } catch (RuntimeException failure) {
                    retryLater(mail, claim, failure);
                    continue;
                }
                sent.add(mail.id);
            }
        } finally {
            markSent(sent, claim); // one statement for the batch, also when something above threw
        }
        return claimed;
    }

    /**
     * The mail as it goes out: text and HTML (multipart/alternative), the night attached as
     * {@code text/calendar} when the mail has one, and the RFC 8058 headers when it can be
     * unsubscribed from with one click.
     */
    Mail compose(OutboxMail mail) {
        Mail out = Mail.withText(mail.recipient, mail.subject, mail.body);
        if (mail.html != null) {
            out.setHtml(mail.html); // rendered when it was queued, by an earlier version
        } else if (mail.lang != null) {
            Locale language = Locale.forLanguageTag(mail.lang);
            String unsubscribe = mail.unsubscribeUrl;
            out.setHtml(MailLayout.html(language, mail.subject, MailLayout.textOf(mail.body), mail.markdown,
                    MailLayout.footer(mail.kind, language, unsubscribe, settingsUrl)));
        }
        if (mail.calendar != null) {
            out.addAttachment("pitch-night.ics", mail.calendar.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        if (mail.unsubscribeUrl != null) {
            out.addHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl + ">");
            out.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return out;
    }

    /**
     * The batch's mails went out: record that, in one statement. A failure here must not look like
     * a failed send (that would send them again), so marking is retried; only if it never succeeds
     * does the lease run out and the batch go out a second time. An instance that dies while
     * sending a batch sends that batch's sent mails again (at most {@value #BATCH}).
     */
    private void markSent(List<Long> ids, String claim) {
        if (ids.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                                "UPDATE outbox_mails SET sent_at = ?1, attempts = attempts + 1, claimed_until = NULL"
                                        + " WHERE id IN (?2) AND claimed_by = ?3")
                        .setParameter(1, clock.instant()).setParameter(2, ids).setParameter(3, claim)
                        .executeUpdate());
                return;
            } catch (RuntimeException failure) {
                if (attempt == 5) {
                    LOG.errorf(failure, "Mails %s were sent but could not be marked sent; they may go out again", ids);
                    return;
                }
                LOG.debug("Marking mails " + ids + " sent failed (attempt " + attempt + "), retrying: " + failure.getMessage());
            }
        }
    }

    private void retryLater(OutboxMail mail, String claim, RuntimeException failure) {
        int attempts = mail.attempts + 1;
        // 30 s, 1 min, 2 min … up to an hour; after the last attempt the mail stays unsent for a person to look at.
        Duration pause = attempts >= MAX_ATTEMPTS ? Duration.ofDays(3650)
                : Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts - 1, 7)));
        LOG.warnf("Mail %d to %s failed (attempt %d): %s", mail.id, mail.recipient, attempts, failure.getMessage());
        String error = String.valueOf(failure.getMessage());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE outbox_mails SET attempts = ?1, next_attempt_at = ?2, claimed_until = NULL, last_error = ?3"
                                + " WHERE id = ?4 AND claimed_by = ?5")
                .setParameter(1, attempts).setParameter(2, clock.instant().plus(pause))
                .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
                .setParameter(4, mail.id).setParameter(5, claim)
                .executeUpdate());
    }
}
