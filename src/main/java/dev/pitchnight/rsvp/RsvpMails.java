package dev.pitchnight.rsvp;

import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The RSVP feature's mails, in the words of {@link RsvpMailTexts} and the recipient's language
 * ({@link Outbox#languageFor}), queued in the caller's transaction. {@code happening} names what
 * each reports, so the same happening is mailed once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RsvpMails {

    private final Outbox outbox;

    RsvpMails(Outbox outbox) {
        this.outbox = outbox;
    }

    public void confirmed(String email, String username, Outbox.Night night, int guests, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.RSVP_CONFIRMED, happening, email, night, words.confirmed_subject(night.title()),
                words.confirmed(username, night, outbox.url(night), guests));
    }

    public void waitlisted(String email, String username, Outbox.Night night, int position, ZonedDateTime heldUntil,
                           String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.RSVP_WAITLISTED, happening, email, night, words.waitlisted_subject(night.title()),
                words.waitlisted(username, night, outbox.url(night), position, heldUntil));
    }

    public void promoted(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.RSVP_PROMOTED, happening, email, night, words.promoted_subject(night.title()),
                words.promoted(username, night, outbox.url(night)));
    }

    public void offered(String email, String username, Outbox.Night night, ZonedDateTime until, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.RSVP_OFFERED, happening, email, night, words.offered_subject(night.title()),
                words.offered(username, night, outbox.url(night), until));
    }

    public void nightChanged(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.EVENT_CHANGED, happening, email, night, words.night_changed_subject(night.title()),
                words.night_changed(username, night, outbox.url(night)));
    }

    public void nightCancelled(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.EVENT_CANCELLED, happening, email, night, words.night_cancelled_subject(night.title()),
                words.night_cancelled(username, night, outbox.url(night)));
    }

    /** The reminder a day before; {@code happening} names the RSVP, so each is queued once. */
    public void nightReminder(String email, String username, Outbox.Night night, int guests, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.REMINDER_NIGHT, happening, email, night, words.night_reminder_subject(night.title()),
                words.night_reminder(username, night, outbox.url(night), guests));
    }

    /** The reminder before a held seat's deadline; {@code happening} names the RSVP and the deadline. */
    public void offerReminder(String email, String username, Outbox.Night night, ZonedDateTime until, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(OutboxMail.Kind.REMINDER_OFFER, happening, email, night, words.offer_reminder_subject(night.title()),
                words.offer_reminder(username, night, outbox.url(night), until));
    }

    private RsvpMailTexts words(String username) {
        Locale lang = outbox.languageFor(username);
        return Outbox.words(RsvpMailTexts.class, lang);
    }
}
