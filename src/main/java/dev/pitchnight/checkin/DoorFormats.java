package dev.pitchnight.checkin;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times at the door read as a clock: "6:42 PM" in the night's zone. */
@TemplateExtension
public class DoorFormats {

    private DoorFormats() {
    }

    static String clockIn(Instant at, ZoneId zone) {
        return at.atZone(zone).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH));
    }
}
