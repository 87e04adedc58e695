package dev.pitchnight.event;

import dev.pitchnight.web.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The links that carry a night beyond Pitchnight: its public address, the preview card, "add to" links for
 * Google Calendar and Outlook, and the venue on OpenStreetMap. Pages reach it as {@code {inject:share.…}}.
 *
 * <p>Calendar links take the night's times in UTC (Google: {@code 20261204T020000Z}; Outlook: ISO 8601 with
 * {@code Z}), so the reader's calendar shows them in the reader's own zone. All values are URL-encoded here;
 * the templates escape the result once more for the HTML attribute.
 */
@ApplicationScoped
@Named("share")
public class ShareLinks {

    private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter OUTLOOK_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final String baseUrl;
    private final PictureLinks pictures;

    public ShareLinks(SiteConfig site, PictureLinks pictures) {
        this.baseUrl = site.address();
        this.pictures = pictures;
    }

    /** The night's public address, as shared links and calendars carry it. */
    public String page(Event event) {
        return baseUrl + "/events/" + event.id;
    }

    /** The generated preview card (1200×630 PNG); its address changes whenever the night does. */
    public String card(Event event) {
        return baseUrl + "/events/" + event.id + "/card.png?v=" + event.version;
    }

    /**
     * The night's picture for link previews ({@code og:image}, always 1200×630): its cover, else its group's
     * logo on white, else the drawn card.
     */
    public String image(Event event) {
        if (event.coverHash != null) {
            return baseUrl + pictures.cover(event, "share");
        }
        if (event.group.logoHash != null) {
            return baseUrl + pictures.logo(event.group, "share");
        }
        return card(event);
    }

    public String googleCalendar(Event event) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("action", "TEMPLATE");
        query.put("text", event.title);
        query.put("dates", GOOGLE_TIME.format(event.startsAt.atOffset(ZoneOffset.UTC)) + "/"
                + GOOGLE_TIME.format(event.endsAt.atOffset(ZoneOffset.UTC)));
        query.put("details", page(event));
        putLocation(query, "location", event);
        return "https://calendar.google.com/calendar/render?" + encode(query);
    }

    public String outlook(Event event) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("path", "/calendar/action/compose");
        query.put("rru", "addevent");
        query.put("subject", event.title);
        query.put("startdt", OUTLOOK_TIME.format(event.startsAt.atOffset(ZoneOffset.UTC)));
        query.put("enddt", OUTLOOK_TIME.format(event.endsAt.atOffset(ZoneOffset.UTC)));
        query.put("body", page(event));
        putLocation(query, "location", event);
        return "https://outlook.live.com/calendar/0/deeplink/compose?" + encode(query);
    }

    /** The venue's address on OpenStreetMap's search, or null for an online night or one without an address. */
    public String map(Event event) {
        String place = EventCalendar.location(event);
        if (place == null || isBlank(event.venueAddress)) {
            return null;
        }
        return "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(place, StandardCharsets.UTF_8);
    }

    /** The host part of the configured address, e.g. {@code pitchnight.example.org}: calendar UIDs carry it. */
    public String host() {
        return hostOf(baseUrl);
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return isBlank(host) ? "pitchnight" : host;
        } catch (IllegalArgumentException malformed) {
            return "pitchnight";
        }
    }

    private static void putLocation(Map<String, String> query, String key, Event event) {
        String location = EventCalendar.location(event);
        if (location != null) {
            query.put(key, location);
        }
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
