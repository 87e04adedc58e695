package dev.pitchnight.web;

import io.quarkus.qute.TemplateExtension;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How pages write dates and times: {@code {event.localStart.date}}, {@code {event.localStart.time}}.
 * Always in the zone the value carries (the night's zone), in the page's locale.
 */
@TemplateExtension
public class TimeFormats {

    private static final Locale LOCALE = Locale.ENGLISH;

    /** "Thursday, December 3, 2026" */
    static String date(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(LOCALE));
    }

    /** "Dec", for date badges. */
    static String shortMonth(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("MMM", LOCALE));
    }

    /** "3", for date badges. */
    static String day(ZonedDateTime at) {
        return Integer.toString(at.getDayOfMonth());
    }

    /** "6:30 PM" */
    static String time(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LOCALE));
    }

    /** "PST", or "PDT" in summer. */
    static String zoneAbbreviation(ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("zzz", LOCALE));
    }

    /** "Pacific Time" */
    static String zoneName(ZonedDateTime at) {
        return at.getZone().getDisplayName(TextStyle.FULL_STANDALONE, LOCALE);
    }

    /** "Thursday, December 10, 2026, 6:30 PM PST": an instant as people in that zone read it. */
    static String inZone(java.time.Instant at, java.time.ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return date(local) + ", " + time(local) + " " + zoneAbbreviation(local);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }
}
