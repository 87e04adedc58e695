package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A night's call for pitches: the organizer opens it with a brief, a window and the rubric's
 * weights; founders may apply and change their pitches only while it is open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CallService {

    private final Clock clock;
    private final EventService events;
    private final PitchAccess access;

    CallService(Clock clock, EventService events, PitchAccess access) {
        this.clock = clock;
        this.events = events;
        this.access = access;
    }

    /** The night's call for pitches, if it has one (public for public nights). */
    public Optional<PitchCall> call(long eventId) {
        return access.call(eventId);
    }

    public CallView callView(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> PitchAccess.noNight(eventId));
        PitchCall call = call(eventId).orElseThrow(() -> PitchRefusals.notFound(m -> m.call_none(event.title)));
        return CallView.of(call, event.zone(), clock.instant());
    }

    /** The organizer opens or changes the call; weights 0-10 with at least one above 0. */
    @Transactional
    public CallView setCall(long eventId, CallInput input, Viewer viewer) {
        Event event = events.organizedEvent(eventId, viewer);
        if (input == null) {
            throw PitchRefusals.invalid("body", m -> m.call_required());
        }
        PitchCall call = call(eventId).orElse(null);
        boolean fresh = call == null;
        if (fresh) {
            call = new PitchCall();
            call.eventId = eventId;
        }
        Map<String, PitchRefusals.Words> errors = new LinkedHashMap<>();
        Instant opens = input.opensAt() != null ? local(input.opensAt(), event) : fresh ? clock.instant() : call.opensAt;
        Instant closes = input.closesAt() != null ? local(input.closesAt(), event) : fresh ? null : call.closesAt;
        if (closes == null) {
            errors.put("closesAt", m -> m.required());
        } else if (!closes.isAfter(opens)) {
            errors.put("closesAt", m -> m.call_closes_after_opens());
        }
        if (input.slotsWanted() != null && (input.slotsWanted() < 1 || input.slotsWanted() > 50)) {
            errors.put("slotsWanted", m -> m.between(1, 50));
        }
        if (input.brief() != null && input.brief().length() > 4000) {
            errors.put("brief", m -> m.at_most_characters(4000));
        }
        int team = weight(input.weightTeam(), call.weightTeam, "weightTeam", errors);
        int problem = weight(input.weightProblem(), call.weightProblem, "weightProblem", errors);
        int traction = weight(input.weightTraction(), call.weightTraction, "weightTraction", errors);
        int fit = weight(input.weightFit(), call.weightFit, "weightFit", errors);
        if (errors.isEmpty() && team + problem + traction + fit == 0) {
            errors.put("weightTeam", m -> m.call_one_weight());
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        call.opensAt = opens;
        call.closesAt = closes;
        if (input.brief() != null) {
            call.brief = PitchRules.trim(input.brief());
        }
        if (input.slotsWanted() != null) {
            call.slotsWanted = input.slotsWanted();
        }
        if (input.blind() != null) {
            call.blind = input.blind();
        }
        call.weightTeam = team;
        call.weightProblem = problem;
        call.weightTraction = traction;
        call.weightFit = fit;
        call.updatedAt = clock.instant();
        if (fresh) {
            call.persist();
        }
        return CallView.of(call, event.zone(), clock.instant());
    }

    private static int weight(Integer value, int current, String field, Map<String, PitchRefusals.Words> errors) {
        if (value == null) {
            return current;
        }
        if (value < 0 || value > 10) {
            errors.put(field, m -> m.between(0, 10));
        }
        return value;
    }

    private static Instant local(LocalDateTime time, Event event) {
        return time.atZone(event.zone()).toInstant();
    }

    /** Whether the night's call takes pitches and changes to them now. */
    boolean isOpen(long eventId) {
        Instant now = clock.instant();
        return call(eventId).map(call -> call.isOpen(now)).orElse(false);
    }

    /** A pitch may still change: not withdrawn, and its night's call is open. */
    void requireEditable(Pitch pitch) {
        if (pitch.status == Pitch.Status.WITHDRAWN) {
            throw PitchRefusals.conflict(m -> m.withdrawn_title(), m -> m.withdrawn_resubmit());
        }
        PitchCall call = call(pitch.eventId).orElseThrow(() -> PitchRefusals.conflict(m -> m.no_call_title(), m -> m.night_has_no_call()));
        if (!call.isOpen(clock.instant())) {
            throw PitchRefusals.conflict(m -> m.call_closed_title(), m -> m.call_closed_no_changes());
        }
    }

    void requireOpenCall(Event event) {
        if (event.status != Event.Status.PUBLISHED) {
            throw PitchRefusals.conflict(m -> m.not_open_title(), m -> m.takes_no_pitches(event.title));
        }
        PitchCall call = call(event.id).orElseThrow(() -> PitchRefusals.conflict(m -> m.no_call_title(), m -> m.call_none(event.title)));
        Instant now = clock.instant();
        if (now.isBefore(call.opensAt)) {
            throw PitchRefusals.conflict(m -> m.call_not_open_title(), m -> m.call_opens(event.title, call.opensAt.atZone(event.zone())));
        }
        if (!now.isBefore(call.closesAt)) {
            throw PitchRefusals.conflict(m -> m.call_closed_title(), m -> m.call_closed(event.title));
        }
    }
}
