package dev.pitchnight.web;

import dev.pitchnight.i18n.Languages;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How refusals ({@link RefusalMessages}) write times, in the zone the value carries (the night's)
 * and the message's language: {@code {end.clock}} is "9:35 PM" or "21:35 Uhr".
 */
@TemplateExtension
public class RefusalFormats {

    private static final DateTimeFormatter ENGLISH_CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN_CLOCK = DateTimeFormatter.ofPattern("HH:mm 'Uhr'", Locale.GERMAN);

    private RefusalFormats() {
    }

    /** "9:35 PM" (with a plain space, as API clients read it) / "21:35 Uhr". */
    static String clock(ZonedDateTime at, @TemplateAttribute("locale") Object locale) {
        return (Languages.of(locale).equals(Languages.GERMAN) ? GERMAN_CLOCK : ENGLISH_CLOCK).format(at);
    }

    /** "2026-12-10": the day alone, as the API writes dates. */
    static String isoDate(ZonedDateTime at) {
        return at.toLocalDate().toString();
    }
}
