package dev.pitchnight.notify;

import dev.pitchnight.web.AppMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues mails in the caller's transaction: the change and its mail commit together or not at
 * all (the rows are written in one batch just before the commit). {@link MailSender} delivers them later, from any instance. Each mail has a key naming the
 * happening it reports, so retrying the same change never queues it twice.
 */
@ApplicationScoped
public class Outbox {

    /** The facts a mail about a night needs; rendered into the mail's text when queued. */
    public record Night(long id, String title, ZonedDateTime start, String venue) {
    }

    @CheckedTemplate(basePath = "Mails")
    static class Templates {
        static native TemplateInstance rsvpConfirmed(String name, Night night, String url, int guests);

        static native TemplateInstance rsvpWaitlisted(String name, Night night, String url, int position);

        static native TemplateInstance rsvpPromoted(String name, Night night, String url);

        static native TemplateInstance rsvpOffered(String name, Night night, String url, ZonedDateTime until);

        static native TemplateInstance eventChanged(String name, Night night, String url);

        static native TemplateInstance eventCancelled(String name, Night night, String url);

        static native TemplateInstance pitchReceived(String company, Night night, String url);

        static native TemplateInstance pitchAccepted(String company, Night night, String url);

        static native TemplateInstance pitchReserve(String company, Night night, String url);

        static native TemplateInstance pitchRejected(String company, Night night, String url);

        static native TemplateInstance nightReminder(String name, Night night, String url, int guests);

        static native TemplateInstance offerReminder(String name, Night night, String url, ZonedDateTime until);
    }

    /** What an organizer decided about a pitch; each has its own mail. */
    public enum PitchDecision { ACCEPTED, RESERVE, REJECTED }

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final String baseUrl;

    Outbox(DataSource dataSource, TransactionSynchronizationRegistry transactions, Clock clock,
           @ConfigProperty(name = "pitchnight.base-url") String baseUrl) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpConfirmed(String email, String username, Night night, int guests, String happening) {
        AppMessages msg = messages();
        queue(OutboxMail.Kind.RSVP_CONFIRMED, happening, email, msg.mail_confirmed_subject(night.title()), night,
                Templates.rsvpConfirmed(username, night, url(night), guests));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpWaitlisted(String email, String username, Night night, int position, String happening) {
        queue(OutboxMail.Kind.RSVP_WAITLISTED, happening, email, messages().mail_waitlisted_subject(night.title()), night,
                Templates.rsvpWaitlisted(username, night, url(night), position));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpPromoted(String email, String username, Night night, String happening) {
        queue(OutboxMail.Kind.RSVP_PROMOTED, happening, email, messages().mail_promoted_subject(night.title()), night,
                Templates.rsvpPromoted(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpOffered(String email, String username, Night night, ZonedDateTime until, String happening) {
        queue(OutboxMail.Kind.RSVP_OFFERED, happening, email, messages().mail_offered_subject(night.title()), night,
                Templates.rsvpOffered(username, night, url(night), until));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eventChanged(String email, String username, Night night, String happening) {
        queue(OutboxMail.Kind.EVENT_CHANGED, happening, email, messages().mail_changed_subject(night.title()), night,
                Templates.eventChanged(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eventCancelled(String email, String username, Night night, String happening) {
        queue(OutboxMail.Kind.EVENT_CANCELLED, happening, email, messages().mail_cancelled_subject(night.title()), night,
                Templates.eventCancelled(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pitchReceived(String email, String company, Night night, String happening) {
        queue(OutboxMail.Kind.PITCH_RECEIVED, happening, email, messages().mail_pitch_received_subject(company, night.title()),
                night, Templates.pitchReceived(company, night, myPitchesUrl()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pitchDecided(String email, String company, Night night, PitchDecision decision, String happening) {
        AppMessages msg = messages();
        switch (decision) {
            case ACCEPTED -> queue(OutboxMail.Kind.PITCH_ACCEPTED, happening, email,
                    msg.mail_pitch_accepted_subject(company, night.title()), night,
                    Templates.pitchAccepted(company, night, myPitchesUrl()));
            case RESERVE -> queue(OutboxMail.Kind.PITCH_RESERVE, happening, email,
                    msg.mail_pitch_reserve_subject(company, night.title()), night,
                    Templates.pitchReserve(company, night, myPitchesUrl()));
            case REJECTED -> queue(OutboxMail.Kind.PITCH_REJECTED, happening, email,
                    msg.mail_pitch_rejected_subject(company, night.title()), night,
                    Templates.pitchRejected(company, night, myPitchesUrl()));
        }
    }

    private String myPitchesUrl() {
        return baseUrl + "/pitches/mine";
    }

    /** The reminder a day before; {@code happening} names the RSVP, so each is queued once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nightReminder(String email, String username, Night night, int guests, String happening) {
        queue(OutboxMail.Kind.REMINDER_NIGHT, happening, email, messages().mail_reminder_subject(night.title()), night,
                Templates.nightReminder(username, night, url(night), guests));
    }

    /** The reminder before a held seat's deadline; {@code happening} names the RSVP and the deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerReminder(String email, String username, Night night, ZonedDateTime until, String happening) {
        queue(OutboxMail.Kind.REMINDER_OFFER, happening, email, messages().mail_offer_reminder_subject(night.title()), night,
                Templates.offerReminder(username, night, url(night), until));
    }

    private void queue(OutboxMail.Kind kind, String happening, String email, String subject, Night night,
                       TemplateInstance body) {
        if (email == null || email.isBlank()) {
            return; // nobody to write to (an account without an address)
        }
        pendingMails().add(new Queued(kind, kind.name() + ":" + happening, email, subject, body.render(), night.id(),
                clock.instant()));
    }

    private record Queued(OutboxMail.Kind kind, String dedupKey, String recipient, String subject, String body,
                          long eventId, Instant at) {
    }

    /**
     * The mails the current transaction has queued. They are written together, in one batched
     * statement, just before the transaction commits (still inside it), instead of one round
     * trip per mail; a transaction that rolls back writes none.
     */
    private List<Queued> pendingMails() {
        @SuppressWarnings("unchecked")
        List<Queued> pending = (List<Queued>) transactions.getResource(Queued.class);
        if (pending == null) {
            List<Queued> mails = new ArrayList<>();
            transactions.putResource(Queued.class, mails);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(mails);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = mails;
        }
        return pending;
    }

    private void write(List<Queued> mails) {
        if (mails.isEmpty()) {
            return;
        }
        // The transaction's own connection (Agroal hands out the enlisted one).
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Queued mail : mails) {
                LocalDateTime at = LocalDateTime.ofInstant(mail.at(), ZoneOffset.UTC);
                insert.setString(1, mail.kind().name());
                insert.setString(2, mail.dedupKey());
                insert.setString(3, mail.recipient());
                insert.setString(4, mail.subject());
                insert.setString(5, mail.body());
                insert.setLong(6, mail.eventId());
                insert.setObject(7, at);
                insert.setObject(8, at);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // Thrown from beforeCompletion, this rolls the whole transaction back: no change without its mails.
            throw new IllegalStateException("Could not queue " + mails.size() + " mails", e);
        }
    }

    /** A repeated happening hits the unique key and changes nothing (MySQL and MariaDB alike). */
    private static final String INSERT = "INSERT INTO outbox_mails (kind, dedup_key, recipient, subject, body, event_id,"
            + " created_at, next_attempt_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON DUPLICATE KEY UPDATE id = id";

    private String url(Night night) {
        return baseUrl + "/events/" + night.id();
    }

    private static AppMessages messages() {
        return MessageBundles.get(AppMessages.class);
    }
}
