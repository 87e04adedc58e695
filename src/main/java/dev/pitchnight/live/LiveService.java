package dev.pitchnight.live;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.agenda.AgendaService;
import dev.pitchnight.agenda.Lineup;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The organizer's live control and the stage clock. Every change locks the night's row first (so
 * two organizers pressing at once, on any instances, apply one after the other), changes the
 * {@link LiveNight} row and appends the new state to the {@link ChangeLog} in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LiveService {

    public enum Action {
        START, PAUSE, RESUME, EXTEND, NEXT, QA, AWARD_OPEN, AWARD_CLOSE, AWARD_REVEAL;

        /** {@code award-open} → AWARD_OPEN; 404 for anything else. */
        public static Action of(String value) {
            try {
                return valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw LiveRefusals.notFound(m -> m.live_no_action(value));
            }
        }
    }

    static final long EXTENSION_MILLIS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final EventService events;
    private final AgendaService agenda;
    private final ChangeLog changes;

    LiveService(Clock clock, EventService events, AgendaService agenda, ChangeLog changes) {
        this.clock = clock;
        this.events = events;
        this.agenda = agenda;
        this.changes = changes;
    }

    /** The live state of a night the viewer may see. */
    public LiveView state(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> noNight(eventId));
        return view(event, LiveNight.findById(eventId));
    }

    /** The state behind a stage link; 404 for a key nobody was given. */
    public LiveView stageState(String key) {
        LiveNight night = byKey(key);
        return view(Event.findById(night.eventId), night);
    }

    /** The night a stage link belongs to. */
    public long eventOfStage(String key) {
        return byKey(key).eventId;
    }

    /** The night behind a stage link (its title for the page). */
    public Event stageEvent(String key) {
        return Event.findById(byKey(key).eventId);
    }

    /** What the live-control page needs; makes the night's stage link on first use. */
    @Transactional
    public Control control(long eventId, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        LiveNight night = row(eventId);
        return new Control(event, view(event, night), night.stageKey);
    }

    public record Control(Event event, LiveView live, String stageKey) {
    }

    /** An organizer's action on the clock or the award; the new state. 409 when it makes no sense now. */
    @Transactional
    public LiveView act(long eventId, Action action, Viewer viewer) {
        Event.lockForUpdate(eventId); // first: everything read after it is current
        Event event = events.organizedEvent(eventId, viewer);
        LiveNight night = row(eventId);
        List<Lineup.Line> lines = agenda.lineup(event).agenda();
        Instant now = clock.instant();
        Lineup.Line current = line(lines, night.itemId);
        switch (action) {
            case START -> {
                if (night.phase.running()) {
                    throw LiveRefusals.conflict(m -> m.live_running_title(), m -> m.live_running());
                }
                if (night.phase == LiveNight.Phase.ENDED) {
                    throw LiveRefusals.conflict(m -> m.live_over_title(), m -> m.live_over());
                }
                Lineup.Line item = night.phase == LiveNight.Phase.BETWEEN && current != null ? current : first(lines);
                begin(night, item, item.isPitch() ? LiveNight.Phase.PITCH : LiveNight.Phase.ITEM, now);
            }
            case PAUSE -> {
                if (!night.phase.running() || night.pausedAt != null) {
                    throw LiveRefusals.conflict(m -> m.live_nothing_to_pause_title(), m -> m.live_clock_stopped());
                }
                night.pausedAt = now;
            }
            case RESUME -> {
                if (night.pausedAt == null) {
                    throw LiveRefusals.conflict(m -> m.live_not_paused_title(), m -> m.live_not_paused());
                }
                night.pausedMillis += Duration.between(night.pausedAt, now).toMillis();
                night.pausedAt = null;
            }
            case EXTEND -> {
                if (!night.phase.running()) {
                    throw LiveRefusals.conflict(m -> m.live_nothing_to_extend_title(), m -> m.live_nothing_to_extend());
                }
                night.extensionMillis += EXTENSION_MILLIS;
            }
            case QA -> {
                if (night.phase != LiveNight.Phase.PITCH || current == null) {
                    throw LiveRefusals.conflict(m -> m.live_no_pitch_title(), m -> m.live_no_pitch());
                }
                if (current.qaMinutes() == 0) {
                    throw LiveRefusals.conflict(m -> m.live_no_qa_title(), m -> m.live_no_qa());
                }
                begin(night, current, LiveNight.Phase.QA, now);
            }
            case NEXT -> {
                if (night.phase == LiveNight.Phase.ENDED) {
                    throw LiveRefusals.conflict(m -> m.live_over_title(), m -> m.live_over());
                }
                Lineup.Line next = night.phase == LiveNight.Phase.WAITING ? first(lines) : after(lines, night.itemId);
                if (next == null) {
                    stop(night, LiveNight.Phase.ENDED, null);
                } else {
                    stop(night, LiveNight.Phase.BETWEEN, next.id());
                }
            }
            case AWARD_OPEN -> {
                if (night.award == LiveNight.Award.OPEN || night.award == LiveNight.Award.REVEALED) {
                    throw LiveRefusals.conflict(m -> m.live_award_cannot_open_title(), m -> m.live_award_already(night.award.name()));
                }
                night.award = LiveNight.Award.OPEN;
            }
            case AWARD_CLOSE -> {
                if (night.award != LiveNight.Award.OPEN) {
                    throw LiveRefusals.conflict(m -> m.live_award_not_open_title(), m -> m.live_open_voting_first());
                }
                night.award = LiveNight.Award.CLOSED;
            }
            case AWARD_REVEAL -> {
                if (night.award == LiveNight.Award.NONE) {
                    throw LiveRefusals.conflict(m -> m.live_no_votes_title(), m -> m.live_open_award_first());
                }
                night.award = LiveNight.Award.REVEALED;
            }
        }
        night.updatedAt = now;
        LiveView view = view(event, night, lines);
        String kind = action.name().startsWith("AWARD") ? ChangeLog.AWARD : ChangeLog.LIVE;
        changes.append(eventId, kind, view);
        return view;
    }

    /** Pre- or post-moderation for the night's questions. */
    @Transactional
    public LiveView moderation(long eventId, String value, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        LiveNight.Moderation moderation;
        try {
            moderation = LiveNight.Moderation.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LiveRefusals.invalid("moderation", m -> m.live_moderation());
        }
        LiveNight night = row(eventId);
        night.moderation = moderation;
        night.updatedAt = clock.instant();
        LiveView view = view(event, night);
        changes.append(eventId, ChangeLog.LIVE, view);
        return view;
    }

    /** The live row of a night, if it was ever opened (read in the caller's transaction). */
    public Optional<LiveNight> night(long eventId) {
        return LiveNight.findByIdOptional(eventId);
    }

    // --- the clock -----------------------------------------------------------------------------

    private static void begin(LiveNight night, Lineup.Line item, LiveNight.Phase phase, Instant now) {
        night.itemId = item.id();
        night.phase = phase;
        night.phaseStartedAt = now;
        night.pausedAt = null;
        night.pausedMillis = 0;
        night.extensionMillis = 0;
    }

    private static void stop(LiveNight night, LiveNight.Phase phase, Long itemId) {
        night.itemId = itemId;
        night.phase = phase;
        night.phaseStartedAt = null;
        night.pausedAt = null;
        night.pausedMillis = 0;
        night.extensionMillis = 0;
    }

    private LiveView view(Event event, LiveNight night) {
        return view(event, night, agenda.lineup(event).agenda());
    }

    private LiveView view(Event event, LiveNight night, List<Lineup.Line> lines) {
        Instant now = clock.instant();
        if (night == null) {
            return new LiveView(event.id, LiveNight.Phase.WAITING, null, LiveView.Slot.of(first(lines, false)), false, null, 0,
                    null, now.toEpochMilli(), LiveNight.Moderation.POST, LiveNight.Award.NONE, null);
        }
        Lineup.Line current = line(lines, night.itemId);
        LiveNight.Phase phase = current == null && night.phase != LiveNight.Phase.WAITING ? LiveNight.Phase.ENDED : night.phase;
        Lineup.Line next = switch (phase) {
            case WAITING -> first(lines, false);
            case BETWEEN -> current;
            case ENDED -> null;
            default -> after(lines, night.itemId);
        };
        Long length = current == null || !phase.running() ? null
                : (phase == LiveNight.Phase.QA ? current.qaMinutes() : current.minutes()) * 60_000L;
        Long remaining = length == null ? null : LiveNight.remainingMillis(phase, night.phaseStartedAt, night.pausedAt,
                night.pausedMillis, night.extensionMillis, length, now);
        LiveView.Slot slot = phase.running() ? LiveView.Slot.of(current) : null;
        return new LiveView(event.id, phase, slot, LiveView.Slot.of(next), night.pausedAt != null, length,
                night.extensionMillis, remaining, now.toEpochMilli(), night.moderation, night.award, null);
    }

    /** The current view with the newest change id, for a page that then listens from there. */
    public LiveView withLatestChange(LiveView view) {
        return view.withChange(changes.latest(view.eventId()));
    }

    private LiveNight row(long eventId) {
        LiveNight night = LiveNight.findById(eventId);
        if (night == null) {
            night = new LiveNight();
            night.eventId = eventId;
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            night.stageKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
            night.updatedAt = clock.instant();
            night.persist();
        }
        return night;
    }

    private static LiveNight byKey(String key) {
        if (key == null || key.length() < 20 || key.length() > 64) {
            throw LiveRefusals.notFound(m -> m.live_no_stage());
        }
        return LiveNight.<LiveNight>find("stageKey", key).firstResultOptional()
                .orElseThrow(() -> LiveRefusals.notFound(m -> m.live_no_stage()));
    }

    private static Lineup.Line line(List<Lineup.Line> lines, Long id) {
        return id == null ? null : lines.stream().filter(l -> l.id() == id).findFirst().orElse(null);
    }

    private static Lineup.Line first(List<Lineup.Line> lines) {
        return first(lines, true);
    }

    private static Lineup.Line first(List<Lineup.Line> lines, boolean required) {
        if (lines.isEmpty()) {
            if (required) {
                throw LiveRefusals.conflict(m -> m.live_agenda_empty_title(), m -> m.live_agenda_empty());
            }
            return null;
        }
        return lines.get(0);
    }

    private static Lineup.Line after(List<Lineup.Line> lines, Long id) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (id != null && lines.get(i).id() == id) {
                return lines.get(i + 1);
            }
        }
        return null;
    }

    /** The pitch slot on stage now (pitch or its Q&A), for questions. */
    public Optional<Long> slotOnStage(LiveNight night) {
        return night != null && (night.phase == LiveNight.Phase.PITCH || night.phase == LiveNight.Phase.QA)
                ? Optional.ofNullable(night.itemId) : Optional.empty();
    }

    static Refusal noNight(long id) {
        return Refusal.notFound(m -> m.no_such_night(id));
    }
}
