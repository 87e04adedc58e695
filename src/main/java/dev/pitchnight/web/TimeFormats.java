package dev.pitchnight.web;

import dev.pitchnight.i18n.Languages;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How pages and mails write dates and times: {@code {event.localStart.date}}, {@code {event.localStart.time}}.
 * Always in the zone the value carries (the night's zone), in the template's locale (its
 * {@code locale} attribute: the request's language, or the mail recipient's); English without one.
 */
@TemplateExtension
public class TimeFormats {

    /** "Thursday, December 3, 2026" / "Donnerstag, 3. Dezember 2026" */
    static String date(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        return at.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Languages.of(locale)));
    }

    /** "Dec" / "Dez.", for date badges. */
    static String shortMonth(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        return at.format(DateTimeFormatter.ofPattern("MMM", Languages.of(locale)));
    }

    /** "3", for date badges. */
    static String day(ZonedDateTime at) {
        return Integer.toString(at.getDayOfMonth());
    }

    /** "6:30 PM" / "18:30 Uhr" */
    static String time(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        Locale chosen = Languages.of(locale);
        String clock = at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(chosen));
        return chosen.equals(Languages.GERMAN) ? clock + " Uhr" : clock;
    }

    /** "PST", or "PDT" in summer; "MEZ" in Berlin for German readers. */
    static String zoneAbbreviation(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        return at.format(DateTimeFormatter.ofPattern("zzz", Languages.of(locale)));
    }

    /** "Pacific Time" */
    static String zoneName(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        return at.getZone().getDisplayName(TextStyle.FULL_STANDALONE, Languages.of(locale));
    }

    /** "Thursday, December 10, 2026, 6:30 PM PST": an instant as people in that zone read it. */
    static String inZone(Instant at, ZoneId zone, @TemplateAttribute("locale") Object locale) {
        ZonedDateTime local = at.atZone(zone);
        return date(local, locale) + ", " + time(local, locale) + " " + zoneAbbreviation(local, locale);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(ZonedDateTime at) {
        return at.toOffsetDateTime().toString();
    }
}
