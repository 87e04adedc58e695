package dev.pitchnight.notify;

import dev.pitchnight.web.AppMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues mails in the caller's transaction: the change and its mail commit together or not at
 * all. {@link MailSender} delivers them later, from any instance. Each mail has a key naming the
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

        static native TemplateInstance nightReminder(String name, Night night, String url, int guests);

        static native TemplateInstance offerReminder(String name, Night night, String url, ZonedDateTime until);
    }

    private final EntityManager em;
    private final Clock clock;
    private final String baseUrl;

    Outbox(EntityManager em, Clock clock, @ConfigProperty(name = "pitchnight.base-url") String baseUrl) {
        this.em = em;
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
        Instant now = clock.instant();
        // A repeated happening hits the unique key and changes nothing (MySQL and MariaDB alike).
        em.createNativeQuery("INSERT INTO outbox_mails (kind, dedup_key, recipient, subject, body, event_id,"
                        + " created_at, next_attempt_at, attempts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 0)"
                        + " ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, kind.name())
                .setParameter(2, kind.name() + ":" + happening)
                .setParameter(3, email)
                .setParameter(4, subject)
                .setParameter(5, body.render())
                .setParameter(6, night.id())
                .setParameter(7, now)
                .executeUpdate();
    }

    private String url(Night night) {
        return baseUrl + "/events/" + night.id();
    }

    private static AppMessages messages() {
        return MessageBundles.get(AppMessages.class);
    }
}
