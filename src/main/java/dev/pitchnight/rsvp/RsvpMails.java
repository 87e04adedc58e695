package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventCalendar;
import dev.pitchnight.notify.Letter;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RSVP feature's mails, in the words of {@link RsvpMailTexts} and the recipient's language
 * ({@link Outbox#languageFor}), queued in the caller's transaction. {@code happening} names what
 * each reports, so the same happening is mailed once. A confirmation and a promotion carry the
 * night as an iCalendar attachment, the same VEVENT as the night's {@code .ics}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RsvpMails {

    private final Outbox outbox;
    private final EventCalendar calendars;
    /** A rush confirms hundreds in one batch: the night's calendar is made once per version of what it shows. */
    private final Map<String, String> calendarsMade = new ConcurrentHashMap<>();

    RsvpMails(Outbox outbox, EventCalendar calendars) {
        this.outbox = outbox;
        this.calendars = calendars;
    }

    public void confirmed(String email, String username, Outbox.Night night, int guests, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.RSVP_CONFIRMED, happening, email, username, night,
                words.confirmed_subject(night.title()), words.confirmed(username, night, outbox.url(night), guests))
                .withCalendar(calendar(night)));
    }

    public void waitlisted(String email, String username, Outbox.Night night, int position, ZonedDateTime heldUntil,
                           String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.RSVP_WAITLISTED, happening, email, username, night,
                words.waitlisted_subject(night.title()), words.waitlisted(username, night, outbox.url(night), position, heldUntil)));
    }

    public void promoted(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.RSVP_PROMOTED, happening, email, username, night,
                words.promoted_subject(night.title()), words.promoted(username, night, outbox.url(night)))
                .withCalendar(calendar(night)));
    }

    public void offered(String email, String username, Outbox.Night night, ZonedDateTime until, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.RSVP_OFFERED, happening, email, username, night,
                words.offered_subject(night.title()), words.offered(username, night, outbox.url(night), until)));
    }

    public void nightChanged(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.EVENT_CHANGED, happening, email, username, night,
                words.night_changed_subject(night.title()), words.night_changed(username, night, outbox.url(night))));
    }

    public void nightCancelled(String email, String username, Outbox.Night night, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.EVENT_CANCELLED, happening, email, username, night,
                words.night_cancelled_subject(night.title()), words.night_cancelled(username, night, outbox.url(night))));
    }

    /** The reminder a day before; {@code happening} names the RSVP, so each is queued once. */
    public void nightReminder(String email, String username, Outbox.Night night, int guests, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.REMINDER_NIGHT, happening, email, username, night,
                words.night_reminder_subject(night.title()), words.night_reminder(username, night, outbox.url(night), guests)));
    }

    /** The reminder before a held seat's deadline; {@code happening} names the RSVP and the deadline. */
    public void offerReminder(String email, String username, Outbox.Night night, ZonedDateTime until, String happening) {
        RsvpMailTexts words = words(username);
        outbox.queue(letter(OutboxMail.Kind.REMINDER_OFFER, happening, email, username, night,
                words.offer_reminder_subject(night.title()), words.offer_reminder(username, night, outbox.url(night), until)));
    }

    private Letter letter(OutboxMail.Kind kind, String happening, String email, String username, Outbox.Night night,
                          String subject, String text) {
        return Letter.of(kind, happening, username, email, night, outbox.languageFor(username), subject, text);
    }

    /** The night's .ics as the page offers it (the night is in this transaction's persistence context already). */
    private String calendar(Outbox.Night night) {
        Event event = Event.findById(night.id());
        if (event == null) {
            return null;
        }
        String key = event.id + "|" + event.title + "|" + event.startsAt + "|" + event.endsAt + "|" + event.timeZone + "|"
                + event.venueName + "|" + event.venueAddress + "|" + event.onlineUrl + "|" + event.status + "|"
                + (event.description == null ? 0 : event.description.hashCode());
        if (calendarsMade.size() > 500) {
            calendarsMade.clear();
        }
        return calendarsMade.computeIfAbsent(key, made -> calendars.event(event, outbox.url(night)));
    }

    private RsvpMailTexts words(String username) {
        Locale lang = outbox.languageFor(username);
        return Outbox.words(RsvpMailTexts.class, lang);
    }
}
