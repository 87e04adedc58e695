package dev.pitchnight.notify;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.i18n.Speakers;
import dev.pitchnight.web.SiteConfig;
import io.quarkus.arc.Arc;
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
 * happening it reports, so retrying the same change never queues it twice. Each feature owns its
 * mails' words and renders them ({@code rsvp/RsvpMails}, {@code pitch/PitchMails},
 * {@code report/ReportMails}); the outbox only queues what they rendered.
 */
@ApplicationScoped
public class Outbox {

    /** The facts a mail about a night needs; rendered into the mail's text when queued. */
    public record Night(long id, String title, ZonedDateTime start, String venue) {
    }

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final String baseUrl;
    private final NotificationPreferences preferences;
    private final UnsubscribeLinks unsubscribeLinks;

    Outbox(DataSource dataSource, TransactionSynchronizationRegistry transactions, Clock clock, SiteConfig site,
           NotificationPreferences preferences, UnsubscribeLinks unsubscribeLinks) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = site.address();
        this.preferences = preferences;
        this.unsubscribeLinks = unsubscribeLinks;
    }

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

    /**
     * Queues a rendered mail (its feature chose the words and the language) in the caller's
     * transaction; {@code happening} names what it reports, so the same happening is mailed once.
     * Without a user name: no unsubscribe link, in English (the features' answers used this before
     * {@link Letter}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(OutboxMail.Kind kind, String happening, String email, Night night, String subject, String body) {
        queue(Letter.of(kind, happening, null, email, night, Languages.ENGLISH, subject, body));
    }

    /**
     * Queues a mail in the caller's transaction, in two parts (text and HTML, each with the footer)
     * and with its unsubscribe link when it is not an answer to the reader's own action. A mail of a
     * topic its recipient turned off is not queued at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Letter letter) {
        if (letter.email() == null || letter.email().isBlank()) {
            return; // nobody to write to (an account without an address)
        }
        OutboxMail.Kind kind = letter.kind();
        if (kind.topic() != null && letter.username() != null && !preferences.wants(letter.username(), kind.topic())) {
            return; // they asked not to get these
        }
        String unsubscribe = kind.answer() || letter.username() == null ? null
                : unsubscribeLinks.url(letter.username(), kind.topic());
        MailLayout.Footer footer = MailLayout.footer(kind, letter.language(), unsubscribe, settingsUrl());
        // The HTML part is rendered when the mail is sent (MailSender), outside this transaction.
        pendingMails().add(new Queued(kind, kind.name() + ":" + letter.happening(), letter.email(), letter.subject(),
                MailLayout.text(letter.text(), footer), letter.language().toLanguageTag(), letter.markdown(),
                letter.calendar(), unsubscribe, letter.night().id(), clock.instant()));
    }

    private record Queued(OutboxMail.Kind kind, String dedupKey, String recipient, String subject, String body,
                          String lang, String markdown, String calendar, String unsubscribeUrl, long eventId, Instant at) {
    }

    /** Where a mail's footer sends its reader to choose which mails they get. */
    String settingsUrl() {
        return link("/account/notifications");
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
                insert.setString(9, mail.lang());
                insert.setString(10, mail.markdown());
                insert.setString(11, mail.calendar());
                insert.setString(12, mail.unsubscribeUrl());
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
            + " created_at, next_attempt_at, attempts, lang, markdown, calendar, unsubscribe_url)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE id = id";

    /** The night's page, as a mail links to it. */
    public String url(Night night) {
        return link("/events/" + night.id());
    }

    /** A page of the site by its path ("/pitches/mine"), as a mail links to it. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** A feature's mail words ({@code @MessageBundle}) in the recipient's language. */
    public static <T> T words(Class<T> bundle, Locale lang) {
        return Languages.GERMAN.equals(lang)
                ? MessageBundles.get(bundle, Localized.Literal.of(lang.toLanguageTag()))
                : MessageBundles.get(bundle);
    }

    /**
     * A mail is written in the language its recipient last used on the site when they made the
     * change themselves (the request's language); changes made by others, and scheduled
     * reminders, are written in English: Pitchnight stores no language per person.
     */
    public Locale languageFor(String username) {
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
    public Locale actorLanguage() {
        return Arc.container().requestContext().isActive() && viewer.signedIn() ? language.locale() : Languages.ENGLISH;
    }
}
