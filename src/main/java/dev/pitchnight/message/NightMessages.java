package dev.pitchnight.message;

import dev.pitchnight.account.People;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.Languages;
import dev.pitchnight.notify.Letter;
import dev.pitchnight.notify.MailTopic;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organizers write to the people coming to a night: those with a seat, those waiting, or both.
 * One transaction under the night's row lock reads who holds a place right then (so nobody who
 * RSVPs later gets it, and no RSVP changes the list while it is read), records the message and
 * queues one mail per person in the outbox. At most {@value #PER_HOUR} messages per night in any
 * hour, counted under the same lock, so two organizers pressing at once cannot make it four.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NightMessages {

    static final int PER_HOUR = 3;
    static final Duration WINDOW = Duration.ofHours(1);
    static final int SUBJECT_MAX = 150;
    static final int BODY_MAX = 10_000;

    /** A sent message, as the organizer's page and the API list it. */
    public record Sent(long id, NightMessage.Audience audience, String subject, String body, String sentBy, Instant sentAt,
                       int recipients) {
        static Sent of(NightMessage message) {
            return new Sent(message.id, message.audience, message.subject, message.body, message.sentBy, message.sentAt,
                    message.recipients);
        }
    }

    private final EventService events;
    private final RsvpService rsvps;
    private final NotificationPreferences preferences;
    private final People people;
    private final Outbox outbox;
    private final Clock clock;

    NightMessages(EventService events, RsvpService rsvps, NotificationPreferences preferences, People people, Outbox outbox,
                  Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.preferences = preferences;
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sends the message to the night's people now holding a place; answers it with how many it reached. */
    @Transactional
    public Sent send(long eventId, MessageInput input, Viewer viewer) {
        // The lock comes first: under REPEATABLE READ, rows read before it would be a stale snapshot.
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        Checked message = check(input);
        if (event.status != Event.Status.PUBLISHED && event.status != Event.Status.COMPLETED) {
            throw MessageRefusals.conflict(m -> m.not_open_title(), m -> m.not_open(event.title));
        }
        Instant now = clock.instant();
        List<NightMessage> recent = NightMessage.list("eventId = ?1 and sentAt > ?2 order by sentAt", eventId, now.minus(WINDOW));
        if (recent.size() >= PER_HOUR) {
            // The next one may go once enough of these are an hour old to leave room for it.
            Duration wait = Duration.between(now, recent.get(recent.size() - PER_HOUR).sentAt.plus(WINDOW));
            int sent = recent.size();
            long minutes = Math.max(1, (Refusal.seconds(wait) + 59) / 60);
            throw MessageRefusals.tooMany(m -> m.too_many_title(), m -> m.too_many(event.title, sent, minutes), wait);
        }

        boolean seated = message.audience() != NightMessage.Audience.WAITLISTED;
        boolean waiting = message.audience() != NightMessage.Audience.CONFIRMED;
        List<RsvpService.PlaceHolder> holders = rsvps.placeHolders(eventId, seated, waiting).stream()
                .filter(holder -> holder.email() != null && !holder.email().isBlank()).toList();
        Set<String> declining = preferences.declining(MailTopic.ORGANIZER_MESSAGES,
                holders.stream().map(RsvpService.PlaceHolder::username).toList());
        List<RsvpService.PlaceHolder> recipients = holders.stream().filter(holder -> !declining.contains(holder.username())).toList();

        NightMessage row = new NightMessage();
        row.eventId = eventId;
        row.audience = message.audience();
        row.subject = message.subject();
        row.body = message.body();
        row.sentBy = viewer.username();
        row.sentAt = now;
        row.recipients = recipients.size();
        row.persist();

        Outbox.Night night = new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
        // Written by an organizer, so in English (the rule of Outbox.languageFor): nobody's language is stored.
        MessageMailTexts words = Outbox.words(MessageMailTexts.class, Languages.ENGLISH);
        String organizer = people.name(viewer.username());
        Map<String, String> names = people.names(recipients.stream().map(RsvpService.PlaceHolder::username).toList());
        String subject = words.subject(event.title, message.subject());
        for (RsvpService.PlaceHolder recipient : recipients) {
            String text = words.text(names.get(recipient.username()), organizer, message.audience().name(), night,
                    message.body(), outbox.url(night));
            outbox.queue(Letter.of(OutboxMail.Kind.NIGHT_MESSAGE, row.id + ":" + recipient.username(), recipient.username(),
                    recipient.email(), night, Languages.ENGLISH, subject, text).withMarkdown(message.body()));
        }
        return Sent.of(row);
    }

    /** The messages sent to the night's people, newest first (organizers only). */
    public List<Sent> sent(long eventId, Viewer viewer) {
        events.organizedEvent(eventId, viewer);
        return NightMessage.<NightMessage>list("eventId = ?1 order by sentAt desc, id desc", eventId).stream().map(Sent::of).toList();
    }

    private record Checked(NightMessage.Audience audience, String subject, String body) {
    }

    /** Every field's problem at once, so a form can mark them all. */
    private static Checked check(MessageInput input) {
        Map<String, MessageRefusals.Words> errors = new LinkedHashMap<>();
        NightMessage.Audience audience = null;
        String subject = input == null || input.subject() == null ? "" : input.subject().strip();
        String body = input == null || input.body() == null ? "" : input.body().strip();
        String audienceText = input == null ? null : input.audience();
        if (audienceText == null || audienceText.isBlank()) {
            errors.put("audience", m -> m.required());
        } else {
            try {
                audience = NightMessage.Audience.valueOf(audienceText.strip());
            } catch (IllegalArgumentException unknown) {
                errors.put("audience", m -> m.audience());
            }
        }
        if (subject.isEmpty()) {
            errors.put("subject", m -> m.required());
        } else if (subject.codePointCount(0, subject.length()) > SUBJECT_MAX) {
            errors.put("subject", m -> m.at_most_characters(SUBJECT_MAX));
        } else if (subject.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.put("subject", m -> m.one_line()); // a line break would be a header of its own
        }
        if (body.isEmpty()) {
            errors.put("body", m -> m.required());
        } else if (body.codePointCount(0, body.length()) > BODY_MAX) {
            errors.put("body", m -> m.at_most_characters(BODY_MAX));
        }
        if (!errors.isEmpty()) {
            throw MessageRefusals.invalid(errors);
        }
        return new Checked(audience, subject, body);
    }
}
