package dev.pitchnight.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) for pitch nights: one night ("add to calendar") or a group's subscribable feed.
 *
 * <p>Times are written as local wall-clock times with the night's IANA zone as TZID, and a VTIMEZONE
 * for each zone is included (taken from the definitions bundled in ical4j; nothing is fetched: see
 * {@code ical4j.properties}). A zone ical4j does not know falls back to UTC times, which are always right.
 *
 * <p>Text values are escaped by ical4j. Lines are folded here rather than by ical4j's {@code CalendarOutputter}:
 * its {@code FoldingWriter} counts UTF-16 chars, not octets, so non-ASCII text (accents, emoji) gave lines
 * over 75 octets and could split a surrogate pair. Every line ends with CRLF.
 *
 * <p>Callers decide which nights to show: the group feed renders every event it is given, drafts included.
 */
@ApplicationScoped
public class EventCalendar {

    static final String PRODID = "-//Pitchnight//Pitchnight//EN";

    /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private final Clock clock;
    private final String host;

    /** UIDs end with the configured host ({@code event-42@pitchnight.example.org}): two installations never clash. */
    @Inject
    public EventCalendar(ShareLinks links) {
        this(Clock.systemUTC(), links.host());
    }

    /** For tests: a fixed DTSTAMP and host. */
    EventCalendar(Clock clock, String host) {
        this.clock = clock;
        this.host = host;
    }

    /** A calendar with one night, for an "Add to calendar" download. */
    public String event(Event event, String pageUrl) {
        Calendar calendar = newCalendar();
        Instant now = clock.instant();
        Zone zone = zone(event.timeZone);
        if (zone.vTimeZone() != null) {
            calendar.add(zone.vTimeZone());
        }
        calendar.add(vEvent(event, pageUrl, zone, now, host));
        return fold(calendar.toString());
    }

    /** A group's feed to subscribe to: one VEVENT per night given, one VTIMEZONE per zone they use. */
    public String group(MeetupGroup group, List<Event> events, Function<Event, String> pageUrl) {
        Calendar calendar = newCalendar();
        calendar.add(new XProperty("X-WR-CALNAME", group.name));
        Instant now = clock.instant();
        Map<String, Zone> zones = new LinkedHashMap<>();
        List<Event> nights = events == null ? List.of() : events;
        for (Event event : nights) {
            zones.computeIfAbsent(event.timeZone, EventCalendar::zone);
        }
        // Distinct TZIDs: two stored ids can name the same zone (e.g. an alias and its canonical id).
        Map<String, VTimeZone> timezones = new LinkedHashMap<>();
        for (Zone zone : zones.values()) {
            if (zone.vTimeZone() != null) {
                timezones.putIfAbsent(zone.tzid(), zone.vTimeZone());
            }
        }
        timezones.values().forEach(calendar::add);
        for (Event event : nights) {
            calendar.add(vEvent(event, pageUrl.apply(event), zones.get(event.timeZone), now, host));
        }
        return fold(calendar.toString());
    }

    private static Calendar newCalendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    private static VEvent vEvent(Event event, String pageUrl, Zone zone, Instant now, String host) {
        VEvent vEvent = new VEvent(false); // false: no DTSTAMP of its own; ours comes from the clock
        vEvent.add(new Uid("event-" + event.id + "@" + host));
        vEvent.add(new DtStamp(now));
        vEvent.add(new DtStart<>(zone.at(event.startsAt)));
        vEvent.add(new DtEnd<>(zone.at(event.endsAt)));
        vEvent.add(new Sequence((int) Math.min(Integer.MAX_VALUE, Math.max(0L, event.version))));
        vEvent.add(event.status == Event.Status.CANCELLED
                ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        vEvent.add(new Summary(event.title));
        String description = description(event.description, pageUrl);
        if (description != null) {
            vEvent.add(new Description(description));
        }
        String location = location(event);
        if (location != null) {
            vEvent.add(new Location(location));
        }
        if (!isBlank(pageUrl)) {
            vEvent.add(new Url(URI.create(pageUrl.strip())));
        }
        return vEvent;
    }

    /** The description as plain text (newlines normalised to LF; ical4j escapes them), then the page link. */
    static String description(String text, String pageUrl) {
        StringJoiner joiner = new StringJoiner("\n\n");
        joiner.setEmptyValue("");
        if (!isBlank(text)) {
            joiner.add(text.replace("\r\n", "\n").replace('\r', '\n').strip());
        }
        if (!isBlank(pageUrl)) {
            joiner.add(pageUrl.strip());
        }
        String description = joiner.toString();
        return description.isEmpty() ? null : description;
    }

    /** "Venue, address", else the online link, else nothing. */
    static String location(Event event) {
        StringJoiner joiner = new StringJoiner(", ");
        joiner.setEmptyValue("");
        if (!isBlank(event.venueName)) {
            joiner.add(event.venueName.strip());
        }
        if (!isBlank(event.venueAddress)) {
            joiner.add(event.venueAddress.strip());
        }
        String venue = joiner.toString();
        if (!venue.isEmpty()) {
            return venue;
        }
        return isBlank(event.onlineUrl) ? null : event.onlineUrl.strip();
    }

    /**
     * How a night's times are written: local time with the TZID of its VTIMEZONE, or UTC when ical4j has
     * no definition for the zone. The TZID is ical4j's id for the zone (an alias such as {@code US/Pacific}
     * becomes {@code America/Los_Angeles}), so DTSTART/DTEND always point at the VTIMEZONE that is written.
     */
    private record Zone(String tzid, ZoneId zoneId, VTimeZone vTimeZone) {

        Temporal at(Instant instant) {
            return zoneId == null ? instant : instant.atZone(zoneId);
        }
    }

    private static Zone zone(String timeZone) {
        VTimeZone definition = null;
        try {
            TimeZone timezone = isBlank(timeZone) ? null : Zones.REGISTRY.getTimeZone(timeZone);
            definition = timezone == null ? null : timezone.getVTimeZone();
        } catch (RuntimeException unknownZone) {
            // ical4j has no definition (it throws on some unknown ids): write UTC times instead.
        }
        if (definition == null) {
            return new Zone(null, null, null);
        }
        // A copy: the registry's instance is shared. (The cast is for ical4j 4.0.x, whose copy() returns Component.)
        VTimeZone vTimeZone = (VTimeZone) definition.copy();
        String tzid = vTimeZone.<TzId>getProperty("TZID").map(TzId::getValue).orElse(timeZone);
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(tzid);
        } catch (DateTimeException unknownToJava) {
            // ical4j knows a zone id this JDK does not: keep the stored id on both sides.
            tzid = timeZone;
            zoneId = ZoneId.of(timeZone);
            vTimeZone.replace(new TzId(tzid));
        }
        return new Zone(tzid, zoneId, vTimeZone);
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character, and ends
     * every line with CRLF. Continuation lines start with one space, which counts towards their 75.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3 + 8);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** One registry, made on first use (not when CDI makes the bean's client proxy). */
    private static final class Zones {
        static final TimeZoneRegistry REGISTRY = TimeZoneRegistryFactory.getInstance().createRegistry();
    }
}
