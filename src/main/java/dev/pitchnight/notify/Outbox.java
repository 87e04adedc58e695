package dev.pitchnight.notify;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.i18n.Speakers;
import dev.pitchnight.web.AppMessages;
import dev.pitchnight.web.SiteConfig;
import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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

        static native TemplateInstance rsvpWaitlisted(String name, Night night, String url, int position, ZonedDateTime heldUntil);

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

        static native TemplateInstance pitchReport(String company, Night night, String url);
    }


    /** The same mails in German (Mails/de/*.txt), for recipients who use the site in German. */
    @CheckedTemplate(basePath = "Mails/de")
    static class TemplatesDe {
        static native TemplateInstance rsvpConfirmed(String name, Night night, String url, int guests);

        static native TemplateInstance rsvpWaitlisted(String name, Night night, String url, int position, ZonedDateTime heldUntil);

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

        static native TemplateInstance pitchReport(String company, Night night, String url);
    }

    /** What an organizer decided about a pitch; each has its own mail. */
    public enum PitchDecision { ACCEPTED, RESERVE, REJECTED }

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final String baseUrl;

    Outbox(DataSource dataSource, TransactionSynchronizationRegistry transactions, Clock clock,
           SiteConfig site) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = site.address();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpConfirmed(String email, String username, Night night, int guests, String happening) {
        Locale lang = languageFor(username);
        AppMessages msg = messages(lang);
        queue(OutboxMail.Kind.RSVP_CONFIRMED, happening, email, msg.mail_confirmed_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.rsvpConfirmed(username, night, url(night), guests) : Templates.rsvpConfirmed(username, night, url(night), guests));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpWaitlisted(String email, String username, Night night, int position, ZonedDateTime heldUntil, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.RSVP_WAITLISTED, happening, email, messages(lang).mail_waitlisted_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.rsvpWaitlisted(username, night, url(night), position, heldUntil)
                        : Templates.rsvpWaitlisted(username, night, url(night), position, heldUntil));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpPromoted(String email, String username, Night night, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.RSVP_PROMOTED, happening, email, messages(lang).mail_promoted_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.rsvpPromoted(username, night, url(night)) : Templates.rsvpPromoted(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rsvpOffered(String email, String username, Night night, ZonedDateTime until, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.RSVP_OFFERED, happening, email, messages(lang).mail_offered_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.rsvpOffered(username, night, url(night), until) : Templates.rsvpOffered(username, night, url(night), until));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void eventChanged(String email, String username, Night night, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.EVENT_CHANGED, happening, email, messages(lang).mail_changed_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.eventChanged(username, night, url(night)) : Templates.eventChanged(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * Which of these happenings of one kind already have their mail in the outbox (queued or
     * sent), so a job that looks for due mails can skip them before rendering.
     */
    public Set<String> queued(OutboxMail.Kind kind, Collection<String> happenings) {
        if (happenings.isEmpty()) {
            return Set.of();
        }
        String prefix = kind.name() + ":";
        return OutboxMail.getEntityManager()
                .createQuery("select m.dedupKey from OutboxMail m where m.dedupKey in ?1", String.class)
                .setParameter(1, happenings.stream().map(happening -> prefix + happening).toList())
                .getResultStream().map(key -> key.substring(prefix.length())).collect(Collectors.toSet());
    }

    public void eventCancelled(String email, String username, Night night, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.EVENT_CANCELLED, happening, email, messages(lang).mail_cancelled_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.eventCancelled(username, night, url(night)) : Templates.eventCancelled(username, night, url(night)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pitchReceived(String email, String company, Night night, String happening) {
        Locale lang = actorLanguage();
        queue(OutboxMail.Kind.PITCH_RECEIVED, happening, email, messages(lang).mail_pitch_received_subject(company, night.title()),
                night, lang, german(lang) ? TemplatesDe.pitchReceived(company, night, myPitchesUrl()) : Templates.pitchReceived(company, night, myPitchesUrl()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pitchDecided(String email, String company, Night night, PitchDecision decision, String happening) {
        // An organizer decides, so the founder's language is not known: English (see languageFor).
        Locale lang = Languages.ENGLISH;
        AppMessages msg = messages(lang);
        switch (decision) {
            case ACCEPTED -> queue(OutboxMail.Kind.PITCH_ACCEPTED, happening, email,
                    msg.mail_pitch_accepted_subject(company, night.title()), night, lang,
                    Templates.pitchAccepted(company, night, myPitchesUrl()));
            case RESERVE -> queue(OutboxMail.Kind.PITCH_RESERVE, happening, email,
                    msg.mail_pitch_reserve_subject(company, night.title()), night, lang,
                    Templates.pitchReserve(company, night, myPitchesUrl()));
            case REJECTED -> queue(OutboxMail.Kind.PITCH_REJECTED, happening, email,
                    msg.mail_pitch_rejected_subject(company, night.title()), night, lang,
                    Templates.pitchRejected(company, night, myPitchesUrl()));
        }
    }

    /**
     * "Your report from the night is ready", with its link (never its content: what the founder may
     * read is decided when they open it). Sent when an organizer presses "Send the reports", so by
     * the rule of {@link #languageFor} it is in English unless the founder sent it themselves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pitchReport(String email, String founder, String company, Night night, long pitchId) {
        Locale lang = languageFor(founder);
        String url = baseUrl + "/pitches/" + pitchId + "/report";
        queue(OutboxMail.Kind.PITCH_REPORT, Long.toString(pitchId), email,
                messages(lang).mail_pitch_report_subject(company, night.title()), night, lang,
                german(lang) ? TemplatesDe.pitchReport(company, night, url) : Templates.pitchReport(company, night, url));
    }

    private String myPitchesUrl() {
        return baseUrl + "/pitches/mine";
    }

    /** The reminder a day before; {@code happening} names the RSVP, so each is queued once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nightReminder(String email, String username, Night night, int guests, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.REMINDER_NIGHT, happening, email, messages(lang).mail_reminder_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.nightReminder(username, night, url(night), guests) : Templates.nightReminder(username, night, url(night), guests));
    }

    /** The reminder before a held seat's deadline; {@code happening} names the RSVP and the deadline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerReminder(String email, String username, Night night, ZonedDateTime until, String happening) {
        Locale lang = languageFor(username);
        queue(OutboxMail.Kind.REMINDER_OFFER, happening, email, messages(lang).mail_offer_reminder_subject(night.title()), night, lang,
                german(lang) ? TemplatesDe.offerReminder(username, night, url(night), until) : Templates.offerReminder(username, night, url(night), until));
    }

    private void queue(OutboxMail.Kind kind, String happening, String email, String subject, Night night, Locale lang,
                       TemplateInstance body) {
        if (email == null || email.isBlank()) {
            return; // nobody to write to (an account without an address)
        }
        body.setLocale(german(lang) ? Languages.GERMAN : Languages.ENGLISH);
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

    private static AppMessages messages(Locale lang) {
        return german(lang)
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of(lang.toLanguageTag()))
                : MessageBundles.get(AppMessages.class);
    }

    private static boolean german(Locale lang) {
        return Languages.GERMAN.equals(lang);
    }

    /**
     * A mail is written in the language its recipient last used on the site when they made the
     * change themselves (the request's language); changes made by others, and scheduled
     * reminders, are written in English: Pitchnight stores no language per person.
     */
    private Locale languageFor(String username) {
        Optional<Locale> known = Speakers.of(username);
        if (known.isPresent()) {
            return known.get(); // the RSVP desk knows the language of each person in its batch
        }
        if (username == null || !Arc.container().requestContext().isActive() || !username.equals(viewer.username())) {
            return Languages.ENGLISH;
        }
        return language.locale();
    }

    /** For mails that only ever answer the signed-in person's own action (a pitch they sent). */
    private Locale actorLanguage() {
        return Arc.container().requestContext().isActive() && viewer.signedIn() ? language.locale() : Languages.ENGLISH;
    }
}
