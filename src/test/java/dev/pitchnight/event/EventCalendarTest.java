package dev.pitchnight.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** Plain unit test: no Quarkus, no database; entities are built in memory. */
class EventCalendarTest {

    private static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");
    private static final Instant NOW = Instant.parse("2026-11-22T09:15:00Z");
    private static final String PAGE = "https://pitchnight.example/g/svnewtech/e/dec-night";

    private final EventCalendar calendar = new EventCalendar(Clock.fixed(NOW, ZoneOffset.UTC), "pitchnight.example.org");

    @Test
    void oneNightIsAVcalendarWithItsZoneAndLocalTimes() {
        String ics = calendar.event(decemberNight(), PAGE);
        String text = unfold(ics);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(lines(text)).contains(
                "PRODID:-//Pitchnight//Pitchnight//EN",
                "VERSION:2.0",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "UID:event-42@pitchnight.example.org",
                "DTSTAMP:20261122T091500Z",
                "DTSTART;TZID=America/Los_Angeles:20261210T183000",
                "DTEND;TZID=America/Los_Angeles:20261210T210000",
                "SEQUENCE:3",
                "STATUS:CONFIRMED",
                "SUMMARY:Pitch Night #12: AI\\, robots\\; and you",
                "LOCATION:SVNT Loft\\, 530 University Ave\\, Palo Alto",
                "URL:" + PAGE);
        assertThat(ics).contains("DTSTART;TZID=America/Los_Angeles:20261210T183000\r\n");
        assertThat(text).contains("530 University Ave\\, Palo Alto");
        assertThat(count(text, "BEGIN:VEVENT")).isEqualTo(1);

        assertThat(count(text, "BEGIN:VTIMEZONE")).isEqualTo(1);
        String vtimezone = between(text, "BEGIN:VTIMEZONE\r\n", "END:VTIMEZONE\r\n");
        assertThat(lines(vtimezone)).contains("TZID:America/Los_Angeles", "BEGIN:STANDARD", "BEGIN:DAYLIGHT");
        assertThat(text.indexOf("BEGIN:VTIMEZONE")).isLessThan(text.indexOf("BEGIN:VEVENT"));
    }

    @Test
    void descriptionIsEscapedPlainTextFollowedByThePageLink() {
        String text = unfold(calendar.event(decemberNight(), PAGE));

        assertThat(lines(text)).contains("DESCRIPTION:Five startups\\, five minutes each.\\n"
                + "Doors at 6:30\\; pitches at 7.\\n\\n" + PAGE);
    }

    @Test
    void withoutDescriptionOrVenueTheOnlineLinkIsTheLocation() {
        Event night = decemberNight();
        night.description = null;
        night.venueName = null;
        night.venueAddress = "  ";
        night.onlineUrl = "https://meet.example/pitch";

        String text = unfold(calendar.event(night, PAGE));

        assertThat(lines(text)).contains("LOCATION:https://meet.example/pitch", "DESCRIPTION:" + PAGE);
    }

    @Test
    void cancelledNightIsCancelled() {
        Event night = decemberNight();
        night.status = Event.Status.CANCELLED;

        String text = unfold(calendar.event(night, PAGE));

        assertThat(lines(text)).contains("STATUS:CANCELLED").doesNotContain("STATUS:CONFIRMED");
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAtSeventyFiveOctets() {
        Event night = decemberNight();
        night.title = "Pitch Night — café crème ☕ and rockets 🚀🚀🚀 ".repeat(6).strip();
        night.description = "Ünïcödé everywhere: 東京からのピッチ, emoji 🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤 "
                + "x".repeat(300);

        String ics = calendar.event(night, PAGE);

        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics).endsWith("\r\n");
        String[] physical = ics.split("\r\n");
        assertThat(physical).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(physical).filter(line -> line.startsWith(" ")).count()).isGreaterThan(5);
        // Folding never cut a character in two: unfolded, the text is intact.
        assertThat(unfold(ics)).contains("SUMMARY:" + night.title.replace(",", "\\,"));
        assertThat(unfold(ics)).contains("emoji 🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤🎤 ");
    }

    @Test
    void foldingCountsOctetsAndKeepsCharactersWhole() {
        String folded = EventCalendar.fold("DESCRIPTION:" + "é".repeat(100) + "🚀".repeat(40) + "\r\nEND:X\r\n");

        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(line.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("DESCRIPTION:" + "é".repeat(100) + "🚀".repeat(40) + "\r\nEND:X\r\n");
    }

    @Test
    void outputParsesBackWithIcal4j() throws Exception {
        Event night = decemberNight();
        night.description = "Line one\r\nLine two, with a comma; and a semicolon — and ünïcödé 🎤";

        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.event(night, PAGE)));

        assertThat(parsed.getComponents("VTIMEZONE")).hasSize(1);
        VTimeZone zone = (VTimeZone) parsed.getComponents("VTIMEZONE").get(0);
        assertThat(zone.getObservances()).extracting(c -> c.getName()).contains("STANDARD", "DAYLIGHT");
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(value(event, "UID")).isEqualTo("event-42@pitchnight.example.org");
        assertThat(value(event, "SUMMARY")).isEqualTo("Pitch Night #12: AI, robots; and you");
        assertThat(value(event, "LOCATION")).isEqualTo("SVNT Loft, 530 University Ave, Palo Alto");
        assertThat(value(event, "DESCRIPTION")).isEqualTo(
                "Line one\nLine two, with a comma; and a semicolon — and ünïcödé 🎤\n\n" + PAGE);
        assertThat(value(event, "URL")).isEqualTo(PAGE);
        assertThat(instant(event.getStartDate().orElseThrow().getDate())).isEqualTo(night.startsAt);
        assertThat(instant(event.getEndDate().orElseThrow().getDate())).isEqualTo(night.endsAt);
    }

    @Test
    void groupFeedHasOneEventPerNightAndOneTimezonePerZone() throws Exception {
        MeetupGroup group = group();
        Event december = decemberNight();
        Event january = night(43, "January night", LocalDateTime.of(2027, 1, 14, 18, 30), PALO_ALTO);
        january.status = Event.Status.CANCELLED;
        Event berlin = night(44, "Berlin edition", LocalDateTime.of(2027, 3, 4, 19, 0), ZoneId.of("Europe/Berlin"));
        // An alias of a zone already used: still one VTIMEZONE for it, and the TZID points at that one.
        Event alias = night(45, "Alias night", LocalDateTime.of(2027, 2, 11, 18, 30), ZoneId.of("US/Pacific"));

        String ics = calendar.group(group, List.of(december, january, berlin, alias),
                event -> "https://pitchnight.example/g/svnewtech/e/" + event.id);
        String text = unfold(ics);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(lines(text)).contains(
                "X-WR-CALNAME:SV New Tech\\, Palo Alto",
                "METHOD:PUBLISH",
                "UID:event-42@pitchnight.example.org", "UID:event-43@pitchnight.example.org", "UID:event-44@pitchnight.example.org", "UID:event-45@pitchnight.example.org",
                "DTSTART;TZID=America/Los_Angeles:20261210T183000",
                "DTSTART;TZID=America/Los_Angeles:20270114T183000",
                "DTSTART;TZID=America/Los_Angeles:20270211T183000",
                "DTSTART;TZID=Europe/Berlin:20270304T190000",
                "URL:https://pitchnight.example/g/svnewtech/e/44",
                "STATUS:CANCELLED");
        assertThat(count(text, "BEGIN:VEVENT")).isEqualTo(4);
        assertThat(count(text, "BEGIN:VTIMEZONE")).isEqualTo(2);
        assertThat(lines(text)).contains("TZID:America/Los_Angeles", "TZID:Europe/Berlin");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.getComponents("VEVENT")).hasSize(4);
        assertThat(parsed.getComponents("VTIMEZONE")).hasSize(2);
        assertThat(parsed.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("SV New Tech, Palo Alto");
    }

    @Test
    void emptyGroupFeedIsStillACalendar() throws Exception {
        String ics = calendar.group(group(), List.of(), event -> PAGE);

        assertThat(count(ics, "BEGIN:VEVENT")).isZero();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getProperty("X-WR-CALNAME")).isPresent();
    }

    @Test
    void zoneIcal4jDoesNotKnowFallsBackToUtc() {
        Event night = decemberNight();
        night.timeZone = "Mars/Olympus_Mons";

        String text = unfold(calendar.event(night, PAGE));

        assertThat(lines(text)).contains("DTSTART:20261211T023000Z", "DTEND:20261211T050000Z");
        assertThat(text).doesNotContain("VTIMEZONE");
    }

    /**
     * ical4j.properties switches off timezone updates: ical4j would otherwise fetch the definition from
     * its TZURL. The update host is pointed at a local socket that must see no connection attempt.
     */
    @Test
    void timezonesAreNeverFetched() throws Exception {
        Map<String, String> saved = new HashMap<>();
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            set(saved, "net.fortuna.ical4j.timezone.update.scheme", "http");
            set(saved, "net.fortuna.ical4j.timezone.update.host", "127.0.0.1");
            set(saved, "net.fortuna.ical4j.timezone.update.port", Integer.toString(port));
            set(saved, "net.fortuna.ical4j.timezone.update.timeout.connect", "2000");
            set(saved, "net.fortuna.ical4j.timezone.update.timeout.read", "2000");

            Event night = decemberNight();
            night.timeZone = "Pacific/Chatham"; // a zone no other test loads, so ical4j has not cached it

            String text = unfold(calendar.event(night, PAGE));

            assertThat(lines(text)).contains("TZID:Pacific/Chatham");
            assertThat(server.accept()).as("a connection to the timezone update host").isNull();
        } finally {
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    // --- fixtures and helpers

    private static MeetupGroup group() {
        MeetupGroup group = new MeetupGroup();
        group.id = 7L;
        group.slug = "svnewtech";
        group.name = "SV New Tech, Palo Alto";
        return group;
    }

    private static Event decemberNight() {
        Event night = night(42, "Pitch Night #12: AI, robots; and you", LocalDateTime.of(2026, 12, 10, 18, 30), PALO_ALTO);
        night.description = "Five startups, five minutes each.\r\nDoors at 6:30; pitches at 7.";
        night.venueName = "SVNT Loft";
        night.venueAddress = "530 University Ave, Palo Alto";
        night.version = 3;
        return night;
    }

    private static Event night(long id, String title, LocalDateTime start, ZoneId zone) {
        Event night = new Event();
        night.id = id;
        night.group = group();
        night.slug = "night-" + id;
        night.title = title;
        night.startsAt = start.atZone(zone).toInstant();
        night.endsAt = start.plusMinutes(150).atZone(zone).toInstant();
        night.timeZone = zone.getId();
        night.status = Event.Status.PUBLISHED;
        night.capacity = 80;
        return night;
    }

    /** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
    private static String unfold(String ics) {
        return ics.replaceAll("\r\n[ \t]", "");
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\r\n"));
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = text.indexOf(end, from);
        assertThat(to).as(end).isPositive();
        return text.substring(from, to + end.length());
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    private static void set(Map<String, String> saved, String key, String value) {
        saved.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }
}
