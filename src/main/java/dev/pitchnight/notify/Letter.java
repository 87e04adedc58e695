package dev.pitchnight.notify;

import java.util.Locale;

/**
 * One mail as a feature hands it to the {@link Outbox}: what it reports ({@code kind} and
 * {@code happening}, which make it unique), to whom, about which night, in which language, and its
 * words. The outbox adds the rest: the HTML part in Pitchnight's look, the footer, the unsubscribe
 * link. {@code markdown}, when set, is the HTML part's content (an organizer's message); otherwise
 * the HTML part shows {@code text}. {@code calendar} is the night's iCalendar, attached when set.
 */
public record Letter(OutboxMail.Kind kind, String happening, String username, String email, Outbox.Night night,
                     Locale language, String subject, String text, String markdown, String calendar) {

    public static Letter of(OutboxMail.Kind kind, String happening, String username, String email, Outbox.Night night,
                            Locale language, String subject, String text) {
        return new Letter(kind, happening, username, email, night, language, subject, text, null, null);
    }

    /** The same mail with the night attached as {@code text/calendar}. */
    public Letter withCalendar(String ics) {
        return new Letter(kind, happening, username, email, night, language, subject, text, markdown, ics);
    }

    /** The same mail whose HTML part is this Markdown, rendered and sanitized. */
    public Letter withMarkdown(String source) {
        return new Letter(kind, happening, username, email, night, language, subject, text, source, calendar);
    }
}
