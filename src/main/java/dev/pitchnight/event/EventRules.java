package dev.pitchnight.event;

import dev.pitchnight.web.Refusal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies an {@link EventInput} to an event, checking every field and collecting one message
 * per field, so that a form or API client learns everything that is wrong at once. Nothing is
 * applied unless everything is valid.
 */
final class EventRules {

    static final int MAX_CAPACITY = 100_000;
    static final int MAX_GUESTS = 10;

    private final Map<String, Refusal.Text> errors = new LinkedHashMap<>();

    /** Checks the input against the event's current values and, when all is well, applies it. */
    static void apply(Event event, EventInput in, boolean creating) {
        new EventRules().check(event, in, creating);
    }

    private void check(Event event, EventInput in, boolean creating) {
        String title = text("title", in.title(), event.title, 200, creating);
        String description = text("description", in.description(), event.description, 20_000, false);
        String venue = text("venue", in.venue(), event.venueName, 200, false);
        String venueAddress = text("venueAddress", in.venueAddress(), event.venueAddress, 500, false);
        String onlineUrl = url(in.onlineUrl(), event.onlineUrl);

        ZoneId zone = zone(in.timeZone() != null ? in.timeZone() : event.timeZone, creating);
        Instant startsAt = instant("startsAt", in.startsAt(), event.startsAt, zone, creating);
        Instant endsAt = instant("endsAt", in.endsAt(), event.endsAt, zone, creating);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.putIfAbsent("endsAt", (EventRefusals.Words) m -> m.event_end_after_start());
        }
        Instant opens = instant("rsvpOpensAt", in.rsvpOpensAt(), event.rsvpOpensAt, zone, false);
        Instant closes = instant("rsvpClosesAt", in.rsvpClosesAt(), event.rsvpClosesAt, zone, false);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.putIfAbsent("rsvpClosesAt", (EventRefusals.Words) m -> m.event_rsvp_close_after_open());
        }
        if (closes != null && startsAt != null && closes.isAfter(startsAt)) {
            errors.putIfAbsent("rsvpClosesAt", (EventRefusals.Words) m -> m.event_rsvp_close_by_start());
        }
        Integer capacity = number("capacity", in.capacity(), creating ? null : event.capacity, 0, MAX_CAPACITY, creating);
        Integer guests = number("guestsAllowed", in.guestsAllowed(), event.guestsAllowed, 0, MAX_GUESTS, false);
        Event.Status status = status(event, in.status(), creating);

        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        event.title = title;
        event.description = description;
        event.venueName = venue;
        event.venueAddress = venueAddress;
        event.onlineUrl = onlineUrl;
        event.timeZone = zone.getId();
        event.startsAt = startsAt;
        event.endsAt = endsAt;
        event.rsvpOpensAt = opens;
        event.rsvpClosesAt = closes;
        if (creating) {
            event.capacity = capacity;
        }
        event.guestsAllowed = guests;
        if (in.waitlistEnabled() != null) {
            event.waitlistEnabled = in.waitlistEnabled();
        }
        if (in.waitlistPolicy() != null) {
            event.waitlistPolicy = in.waitlistPolicy();
        }
        event.status = status;
    }

    private String text(String field, String given, String current, int max, boolean required) {
        String value = given != null ? given.strip() : current;
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.put(field, (Refusal.Words) m -> m.required());
            }
            return null;
        }
        if (value.length() > max) {
            errors.put(field, (Refusal.Words) m -> m.at_most_characters(max));
        }
        return value;
    }

    private String url(String given, String current) {
        String value = given != null ? given.strip() : current;
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                errors.put("onlineUrl", (EventRefusals.Words) m -> m.event_web_address());
            } else if (value.length() > 500) {
                errors.put("onlineUrl", (Refusal.Words) m -> m.at_most_characters(500));
            }
        } catch (IllegalArgumentException e) {
            errors.put("onlineUrl", (EventRefusals.Words) m -> m.event_web_address());
        }
        return value;
    }

    private ZoneId zone(String id, boolean required) {
        if (id == null || id.isBlank()) {
            errors.put("timeZone", required ? (EventRefusals.Words) m -> m.event_zone_required() : (Refusal.Words) m -> m.required());
            return ZoneId.of("UTC");
        }
        // Other providers (ical4j registers one) add ids like "ical4j~<uuid>": only IANA names count.
        if (id.contains("~") || !ZoneRulesProvider.getAvailableZoneIds().contains(id.strip())) {
            errors.put("timeZone", (EventRefusals.Words) m -> m.event_zone_unknown());
            return ZoneId.of("UTC");
        }
        return ZoneId.of(id.strip());
    }

    private Instant instant(String field, LocalDateTime given, Instant current, ZoneId zone, boolean required) {
        if (given == null) {
            if (required && current == null) {
                errors.put(field, (Refusal.Words) m -> m.required());
            }
            return current;
        }
        try {
            return given.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            errors.put(field, (EventRefusals.Words) m -> m.event_time_invalid(zone.getId()));
            return current;
        }
    }

    private Integer number(String field, Integer given, Integer current, int min, int max, boolean required) {
        Integer value = given != null ? given : current;
        if (value == null) {
            if (required) {
                errors.put(field, (Refusal.Words) m -> m.required());
            }
            return 0;
        }
        if (value < min || value > max) {
            errors.put(field, (Refusal.Words) m -> m.between(min, max));
        }
        return value;
    }

    private Event.Status status(Event event, Event.Status wanted, boolean creating) {
        if (wanted == null) {
            return creating ? Event.Status.DRAFT : event.status;
        }
        if (creating) {
            if (wanted != Event.Status.DRAFT && wanted != Event.Status.PUBLISHED) {
                errors.put("status", (EventRefusals.Words) m -> m.event_new_status());
            }
            return wanted;
        }
        boolean allowed = wanted == event.status || switch (event.status) {
            case DRAFT -> wanted == Event.Status.PUBLISHED || wanted == Event.Status.CANCELLED;
            case PUBLISHED -> wanted == Event.Status.CANCELLED || wanted == Event.Status.COMPLETED;
            case CANCELLED, COMPLETED -> false;
        };
        if (!allowed) {
            errors.put("status", (EventRefusals.Words) m -> m.event_status_change(event.status.name(), wanted.name()));
        }
        return wanted;
    }
}
