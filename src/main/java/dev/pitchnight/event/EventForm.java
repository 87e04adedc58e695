package dev.pitchnight.event;

import dev.pitchnight.web.FormState;
import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The organizer's event form: the values as typed (so a form with errors comes back as it was
 * sent) and one message per field that is wrong.
 */
public record EventForm(Map<String, String> values, Map<String, String> errors) implements FormState {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public boolean checked(String field) {
        return "on".equals(values.get(field)) || "true".equals(values.get(field));
    }

    /** A new night's form, in the group's own time zone. */
    static EventForm blank(MeetupGroup group) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("timeZone", group.timeZone == null || group.timeZone.equals("UTC") ? "America/Los_Angeles" : group.timeZone);
        values.put("capacity", "100");
        values.put("guestsAllowed", "1");
        values.put("waitlistEnabled", "on");
        values.put("waitlistPolicy", "AUTO");
        values.put("status", "DRAFT");
        return new EventForm(values, Map.of());
    }

    static EventForm of(Event event) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", event.title);
        values.put("description", event.description);
        values.put("startsAt", event.localStart().toLocalDateTime().format(LOCAL));
        values.put("endsAt", event.localEnd().toLocalDateTime().format(LOCAL));
        values.put("timeZone", event.timeZone);
        values.put("capacity", Integer.toString(event.capacity));
        values.put("guestsAllowed", Integer.toString(event.guestsAllowed));
        values.put("waitlistEnabled", event.waitlistEnabled ? "on" : "");
        values.put("waitlistPolicy", event.waitlistPolicy.name());
        values.put("status", event.status.name());
        values.put("venue", event.venueName);
        values.put("venueAddress", event.venueAddress);
        values.put("onlineUrl", event.onlineUrl);
        values.put("rsvpOpensAt", event.rsvpOpensAt == null ? null : event.rsvpOpensAt.atZone(event.zone()).toLocalDateTime().format(LOCAL));
        values.put("rsvpClosesAt", event.rsvpClosesAt == null ? null : event.rsvpClosesAt.atZone(event.zone()).toLocalDateTime().format(LOCAL));
        values.values().removeIf(value -> value == null);
        return new EventForm(values, Map.of());
    }

    static EventForm posted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!list.isEmpty() && !name.equals("csrf-token")) {
                values.put(name, list.get(0));
            }
        });
        return new EventForm(values, Map.of());
    }

    EventForm withErrors(Map<String, String> errors) {
        return new EventForm(values, errors);
    }

    /** The typed values as an {@link EventInput}; fields that cannot even be read are refused here. */
    EventInput toInput() {
        Map<String, Refusal.Text> problems = new LinkedHashMap<>();
        EventInput input = new EventInput(get("title"), get("description"),
                time("startsAt", problems), time("endsAt", problems), get("timeZone"),
                number("capacity", problems), number("guestsAllowed", problems), checked("waitlistEnabled"),
                choice(Event.WaitlistPolicy.class, "waitlistPolicy", problems), choice(Event.Status.class, "status", problems),
                get("venue"), get("venueAddress"), get("onlineUrl"),
                time("rsvpOpensAt", problems), time("rsvpClosesAt", problems));
        if (!problems.isEmpty()) {
            throw Refusal.invalid(m -> m.check_marked_fields(), problems);
        }
        return input;
    }

    private LocalDateTime time(String field, Map<String, Refusal.Text> problems) {
        String value = get(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, (EventRefusals.Words) m -> m.event_date_time());
            return null;
        }
    }

    private Integer number(String field, Map<String, Refusal.Text> problems) {
        String value = get(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.put(field, (Refusal.Words) m -> m.whole_number());
            return null;
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field, Map<String, Refusal.Text> problems) {
        String value = get(field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.put(field, (EventRefusals.Words) m -> m.event_not_a_choice());
            return null;
        }
    }
}
