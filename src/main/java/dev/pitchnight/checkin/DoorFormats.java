package dev.pitchnight.checkin;

import dev.pitchnight.i18n.Languages;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times at the door read as a clock: "6:42 PM" (or "18:42") in the night's zone. */
@TemplateExtension
public class DoorFormats {

    private DoorFormats() {
    }

    static String clockIn(Instant at, ZoneId zone, @TemplateAttribute("locale") Object locale) {
        return at.atZone(zone).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Languages.of(locale)));
    }

    /** "Dec 5, 2026, 6:30 PM" / "05.12.2026, 18:30": a moment in the night's zone, compact enough for a list. */
    static String dayAndTime(Instant at, ZoneId zone, @TemplateAttribute("locale") Object locale) {
        return at.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Languages.of(locale)));
    }
}
