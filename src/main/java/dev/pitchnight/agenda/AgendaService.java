package dev.pitchnight.agenda;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.event.NightRescheduled;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchCall;
import dev.pitchnight.pitch.PitchLeftLineup;
import dev.pitchnight.pitch.CallService;
import dev.pitchnight.pitch.PitchService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A night's run of show. Items run one after the other from the night's start, so their times
 * are computed, never stored: no two items can overlap, and reordering recomputes every time.
 * Every change runs under the night's row lock and is refused (409) when the agenda would run
 * past the night's end or a pitch would get a second slot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgendaService {

    private final Clock clock;
    private final EventService events;
    private final PitchService pitches;
    private final CallService calls;

    AgendaService(Clock clock, EventService events, PitchService pitches, CallService calls) {
        this.clock = clock;
        this.events = events;
        this.pitches = pitches;
        this.calls = calls;
    }

    /** The agenda of a night the viewer may see (public nights: anyone), in order with times. */
    public List<SlotView> slots(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> noNight(eventId));
        return views(event, items(eventId));
    }

    /** What the public event page shows: agenda, accepted startups, and the call. */
    public Lineup lineup(Event event) {
        List<Lineup.Line> lines = lines(event, items(event.id));
        Map<Long, ZonedDateTime> slotStarts = new LinkedHashMap<>();
        lines.stream().filter(Lineup.Line::isPitch).forEach(line -> slotStarts.put(line.pitchId(), line.start()));
        List<Lineup.Startup> startups = new ArrayList<>();
        for (Pitch pitch : pitches.accepted(event.id)) {
            startups.add(new Lineup.Startup(pitch.id, pitch.company, pitch.oneLiner, pitch.website, slotStarts.get(pitch.id)));
        }
        // Startups in the order they pitch; those without a slot yet after them.
        startups.sort(Comparator.comparing((Lineup.Startup s) -> s.slotStart() == null)
                .thenComparing(s -> s.slotStart() == null ? Instant.MAX : s.slotStart().toInstant()));
        PitchCall call = calls.call(event.id).orElse(null);
        Lineup.Call shown = call == null || !call.closesAt.isAfter(clock.instant()) ? null
                : new Lineup.Call(call.isOpen(clock.instant()), call.closesAt.atZone(event.zone()), call.brief, call.slotsWanted);
        return new Lineup(lines, startups, shown);
    }

    /** The organizer's editor: the lines, and the accepted pitches still without a slot. */
    public AgendaEditor editor(long eventId, Viewer viewer) {
        Event event = events.organizedEvent(eventId, viewer);
        List<AgendaItem> items = items(eventId);
        List<Long> slotted = items.stream().map(item -> item.pitchId).filter(Objects::nonNull).toList();
        List<Pitch> waiting = pitches.accepted(eventId).stream().filter(p -> !slotted.contains(p.id)).toList();
        return new AgendaEditor(event, lines(event, items), waiting, minutes(items));
    }

    /** Appends an item (or a pitch slot) at the end of the night's agenda. */
    @Transactional
    public SlotView add(long eventId, SlotInput input, Viewer viewer) {
        Event.lockForUpdate(eventId); // first: everything read after it is current
        Event event = events.organizedEvent(eventId, viewer);
        if (input == null) {
            throw AgendaRefusals.invalid("body", m -> m.agenda_item_required());
        }
        AgendaItem item = new AgendaItem();
        item.eventId = eventId;
        item.createdAt = clock.instant();
        AgendaItem.Kind kind = input.pitchId() != null ? AgendaItem.Kind.PITCH : kind(input.kind());
        item.kind = kind;
        if (kind == AgendaItem.Kind.PITCH) {
            if (input.pitchId() == null) {
                throw AgendaRefusals.invalid("pitchId", m -> m.agenda_pitch_required());
            }
            Pitch pitch = pitches.acceptedPitch(eventId, input.pitchId());
            if (AgendaItem.count("pitchId", pitch.id) > 0) {
                throw AgendaRefusals.conflict(m -> m.agenda_already_title(), m -> m.agenda_already(pitch.company));
            }
            item.pitchId = pitch.id;
            item.minutes = range(input.pitchMinutes(), AgendaItem.Kind.PITCH.defaultMinutes, 1, 60, "pitchMinutes");
            item.qaMinutes = range(input.qaMinutes(), AgendaItem.DEFAULT_QA_MINUTES, 0, 60, "qaMinutes");
        } else {
            item.minutes = range(input.minutes(), kind.defaultMinutes, 1, 600, "minutes");
            item.qaMinutes = 0;
        }
        item.title = title(input.title());
        List<AgendaItem> items = items(eventId);
        item.position = items.size() + 1;
        List<AgendaItem> after = new ArrayList<>(items);
        after.add(item);
        requireFits(event, after);
        item.persist();
        AgendaItem.flush(); // the new row's id, for the answer
        return views(event, after).get(after.size() - 1);
    }

    /** Changes an item's length or title (pitch and Q&A minutes for a slot). */
    public SlotView change(long itemId, SlotInput input, Viewer viewer) {
        long eventId = AgendaItem.eventOf(itemId).orElseThrow(() -> noItem(itemId));
        return changeLocked(eventId, itemId, input, viewer);
    }

    @Transactional
    SlotView changeLocked(long eventId, long itemId, SlotInput input, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        if (input == null) {
            throw Refusal.invalid("body", m -> m.fields_to_change_required());
        }
        List<AgendaItem> items = items(eventId);
        AgendaItem item = find(items, itemId);
        if (input.pitchId() != null && !input.pitchId().equals(item.pitchId)) {
            throw AgendaRefusals.invalid("pitchId", m -> m.agenda_pitch_fixed());
        }
        if (input.kind() != null && kind(input.kind()) != item.kind) {
            throw AgendaRefusals.invalid("kind", m -> m.agenda_kind_fixed());
        }
        if (item.kind == AgendaItem.Kind.PITCH) {
            item.minutes = range(input.pitchMinutes() != null ? input.pitchMinutes() : input.minutes(), item.minutes, 1, 60, "pitchMinutes");
            item.qaMinutes = range(input.qaMinutes(), item.qaMinutes, 0, 60, "qaMinutes");
        } else {
            item.minutes = range(input.minutes(), item.minutes, 1, 600, "minutes");
        }
        if (input.title() != null) {
            item.title = title(input.title());
        }
        requireFits(event, items);
        return views(event, items).get(items.indexOf(item));
    }

    /** Moves an item to a position (1 = first); the others close up. Times follow. */
    public List<SlotView> move(long itemId, Integer position, Viewer viewer) {
        long eventId = AgendaItem.eventOf(itemId).orElseThrow(() -> noItem(itemId));
        return moveLocked(eventId, itemId, position, viewer);
    }

    @Transactional
    List<SlotView> moveLocked(long eventId, long itemId, Integer position, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        if (position == null) {
            throw Refusal.invalid("position", m -> m.required());
        }
        List<AgendaItem> items = new ArrayList<>(items(eventId));
        AgendaItem item = find(items, itemId);
        if (position < 1 || position > items.size()) {
            throw Refusal.invalid("position", m -> m.between(1, items.size()));
        }
        items.remove(item);
        items.add(position - 1, item);
        renumber(items);
        return views(event, items);
    }

    /** Removes an item; the ones after it move up. */
    public void remove(long itemId, Viewer viewer) {
        long eventId = AgendaItem.eventOf(itemId).orElseThrow(() -> noItem(itemId));
        removeLocked(eventId, itemId, viewer);
    }

    @Transactional
    void removeLocked(long eventId, long itemId, Viewer viewer) {
        Event.lockForUpdate(eventId);
        events.organizedEvent(eventId, viewer);
        List<AgendaItem> items = new ArrayList<>(items(eventId));
        AgendaItem item = find(items, itemId);
        items.remove(item);
        item.delete();
        renumber(items);
    }

    /** A pitch that is no longer accepted (withdrawn, decided otherwise) frees its slot, in the caller's transaction. */
    void onPitchLeft(@Observes PitchLeftLineup left) {
        List<AgendaItem> items = new ArrayList<>(items(left.eventId()));
        items.stream().filter(item -> Long.valueOf(left.pitchId()).equals(item.pitchId)).findFirst().ifPresent(item -> {
            items.remove(item);
            item.delete();
            renumber(items);
        });
    }

    /** New times for the night: refused if the agenda would no longer end by the night's end. */
    void onNightRescheduled(@Observes NightRescheduled rescheduled) {
        requireFits(rescheduled.event(), items(rescheduled.event().id));
    }

    /** The organizer's id for an item of this night, or 404. */
    public long eventOf(long itemId) {
        return AgendaItem.eventOf(itemId).orElseThrow(() -> noItem(itemId));
    }

    // --- computing and checking -------------------------------------------------------------

    private static List<AgendaItem> items(long eventId) {
        return AgendaItem.list("eventId = ?1 order by position, id", eventId);
    }

    private List<SlotView> views(Event event, List<AgendaItem> items) {
        List<SlotView> views = new ArrayList<>();
        for (Lineup.Line line : lines(event, items)) {
            boolean pitch = line.isPitch();
            views.add(new SlotView(line.id(), views.size() + 1, line.kind(), line.title(), line.start().toOffsetDateTime(),
                    line.end().toOffsetDateTime(), line.minutes() + line.qaMinutes(), pitch ? line.minutes() : null,
                    pitch ? line.qaMinutes() : null, line.pitchId(), line.company(), line.oneLiner()));
        }
        return views;
    }

    private List<Lineup.Line> lines(Event event, List<AgendaItem> items) {
        Map<Long, Pitch> slotted = pitches.byIds(items.stream().map(item -> item.pitchId).filter(Objects::nonNull).toList());
        List<Lineup.Line> lines = new ArrayList<>();
        ZonedDateTime at = event.localStart();
        for (AgendaItem item : items) {
            ZonedDateTime end = at.plusMinutes(item.totalMinutes());
            Pitch pitch = item.pitchId == null ? null : slotted.get(item.pitchId);
            lines.add(new Lineup.Line(item.id == null ? 0 : item.id, item.kind, item.title, at, end, item.minutes,
                    item.qaMinutes, item.pitchId, pitch == null ? null : pitch.company, pitch == null ? null : pitch.oneLiner));
            at = end;
        }
        return lines;
    }

    private static int minutes(List<AgendaItem> items) {
        return items.stream().mapToInt(AgendaItem::totalMinutes).sum();
    }

    /** The agenda must end by the night's end. */
    private static void requireFits(Event event, List<AgendaItem> items) {
        Instant end = event.startsAt.plus(Duration.ofMinutes(minutes(items)));
        if (end.isAfter(event.endsAt)) {
            throw AgendaRefusals.conflict(m -> m.agenda_past_end_title(), m -> m.agenda_past_end(end.atZone(event.zone()), event.localEnd()));
        }
    }

    private static void renumber(List<AgendaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position = i + 1;
        }
    }

    private static AgendaItem find(List<AgendaItem> items, long itemId) {
        return items.stream().filter(item -> item.id == itemId).findFirst().orElseThrow(() -> noItem(itemId));
    }

    private static AgendaItem.Kind kind(String value) {
        if (value == null || value.isBlank()) {
            throw AgendaRefusals.invalid("kind", m -> m.agenda_kind_required());
        }
        try {
            AgendaItem.Kind kind = AgendaItem.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (kind == AgendaItem.Kind.PITCH) {
                throw AgendaRefusals.invalid("pitchId", m -> m.agenda_pitch_required());
            }
            return kind;
        } catch (IllegalArgumentException e) {
            throw AgendaRefusals.invalid("kind", m -> m.agenda_kind_unknown());
        }
    }

    private static int range(Integer value, int fallback, int min, int max, String field) {
        int chosen = value == null ? fallback : value;
        if (chosen < min || chosen > max) {
            throw AgendaRefusals.invalid(field, m -> m.agenda_minutes_between(min, max));
        }
        return chosen;
    }

    private static String title(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String title = value.strip();
        if (title.length() > 200) {
            throw Refusal.invalid("title", m -> m.at_most_characters(200));
        }
        return title;
    }

    private static Refusal noNight(long id) {
        return Refusal.notFound(m -> m.no_such_night(id));
    }

    private static Refusal noItem(long id) {
        return AgendaRefusals.notFound(m -> m.agenda_no_item(id));
    }
}
