package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Founders' pitches and decks: applying while the call is open ({@link CallService}), changing
 * and withdrawing, and who sees which pitch ({@link PitchAccess}). Reviews live in
 * {@link ReviewService}, decisions and reviewers in {@link DecisionService}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PitchService {

    private final Clock clock;
    private final EventService events;
    private final PitchMails mails;
    private final CallService calls;
    private final PitchAccess access;
    private final jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup;
    private final long deckMaxBytes;

    PitchService(Clock clock, EventService events, PitchMails mails, CallService calls, PitchAccess access,
                 jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup, PitchConfig config) {
        this.clock = clock;
        this.events = events;
        this.mails = mails;
        this.calls = calls;
        this.access = access;
        this.leftLineup = leftLineup;
        this.deckMaxBytes = config.deckMaxBytes();
    }

    public long deckMaxBytes() {
        return deckMaxBytes;
    }

    /** A founder applies to pitch while the night's call is open. */
    @Transactional
    public Pitch submit(long eventId, PitchInput input, Viewer viewer) {
        Event event = events.publicEvent(eventId).orElseThrow(() -> PitchAccess.noNight(eventId));
        EventService.requireActive(event);
        calls.requireOpenCall(event);
        Pitch pitch = new Pitch();
        PitchRules.apply(pitch, input);
        pitch.eventId = eventId;
        pitch.founder = viewer.username();
        pitch.founderName = viewer.displayName();
        pitch.createdAt = clock.instant();
        pitch.updatedAt = pitch.createdAt;
        pitch.persist();
        mails.received(pitch.contactEmail, pitch.company, PitchAccess.night(event), Long.toString(pitch.id));
        return pitch;
    }

    /** The founder changes their pitch; only until the call closes, and not once withdrawn. */
    @Transactional
    public Pitch update(long pitchId, PitchInput input, Viewer viewer) {
        Pitch pitch = access.ownPitch(pitchId, viewer);
        calls.requireEditable(pitch);
        PitchRules.apply(pitch, input);
        pitch.updatedAt = clock.instant();
        return pitch;
    }

    /** The form's way: the pitch and its PDF (null: none chosen) together, all or nothing, every mistake named at once. */
    @Transactional
    public Pitch submitWithDeck(long eventId, PitchInput input, byte[] pdf, Viewer viewer) {
        checkTogether(input, pdf);
        Pitch pitch = submit(eventId, input, viewer);
        if (pdf != null) {
            storeDeck(pitch, pdf);
        }
        return pitch;
    }

    @Transactional
    public Pitch updateWithDeck(long pitchId, PitchInput input, byte[] pdf, Viewer viewer) {
        checkTogether(input, pdf);
        Pitch pitch = update(pitchId, input, viewer);
        if (pdf != null) {
            storeDeck(pitch, pdf);
        }
        return pitch;
    }

    private void checkTogether(PitchInput input, byte[] pdf) {
        Map<String, Refusal.Text> errors = new LinkedHashMap<>();
        try {
            PitchRules.apply(new Pitch(), input);
        } catch (Refusal refusal) {
            errors.putAll(refusal.fieldErrors());
        }
        Refusal deckProblem = null;
        if (pdf != null) {
            try {
                DeckFile.check(pdf, deckMaxBytes);
            } catch (Refusal refusal) {
                deckProblem = refusal;
                errors.putAll(refusal.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            if (deckProblem != null && errors.size() == 1) {
                throw deckProblem; // keeps its own status (413 for too large)
            }
            throw Refusal.invalid(errors);
        }
    }

    /** The founder uploads (or replaces) the PDF deck; checked by content and size. */
    @Transactional
    public Pitch uploadDeck(long pitchId, String fileName, byte[] content, Viewer viewer) {
        Pitch pitch = access.ownPitch(pitchId, viewer);
        calls.requireEditable(pitch);
        DeckFile.check(content, deckMaxBytes);
        storeDeck(pitch, content);
        return pitch;
    }

    private void storeDeck(Pitch pitch, byte[] content) {
        long pitchId = pitch.id;
        PitchDeck deck = PitchDeck.findById(pitchId);
        if (deck == null) {
            deck = new PitchDeck();
            deck.pitchId = pitchId;
        }
        deck.fileName = DeckFile.safeName(pitch.company);
        deck.content = content;
        deck.sizeBytes = content.length;
        deck.uploadedAt = clock.instant();
        if (!deck.isPersistent()) {
            deck.persist();
        }
        pitch.updatedAt = clock.instant();
    }

    /**
     * The founder withdraws; a slot the pitch held is freed in the same transaction. The night's
     * row lock comes first, so a slot cannot be given to the pitch meanwhile.
     */
    public Pitch withdraw(long pitchId, Viewer viewer) {
        long eventId = access.eventOf(pitchId);
        return withdrawLocked(eventId, pitchId, viewer);
    }

    @Transactional
    Pitch withdrawLocked(long eventId, long pitchId, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Pitch pitch = access.ownPitch(pitchId, viewer);
        if (pitch.status != Pitch.Status.WITHDRAWN) {
            boolean wasAccepted = pitch.status == Pitch.Status.ACCEPTED;
            pitch.status = Pitch.Status.WITHDRAWN;
            pitch.updatedAt = clock.instant();
            if (wasAccepted) {
                leftLineup.fire(new PitchLeftLineup(eventId, pitchId));
            }
        }
        return pitch;
    }

    /** The founder's pitches across all nights, newest first. */
    public List<MyPitch> mine(Viewer viewer) {
        List<Pitch> pitches = Pitch.list("founder = ?1 order by createdAt desc, id desc", viewer.username());
        Set<Long> decks = PitchAccess.decksAmong(pitches);
        List<MyPitch> lines = new ArrayList<>();
        for (Pitch pitch : pitches) {
            Event event = events.visibleEvent(pitch.eventId, viewer).orElse(null);
            if (event == null) {
                continue;
            }
            boolean editable = pitch.status != Pitch.Status.WITHDRAWN
                    && calls.isOpen(pitch.eventId);
            boolean reportReady = pitch.status == Pitch.Status.ACCEPTED && events.hasEnded(event);
            lines.add(new MyPitch(pitch, event, editable, decks.contains(pitch.id), reportReady));
        }
        return lines;
    }

    /** The founder's own pitch, for the edit form. */
    public Pitch own(long pitchId, Viewer viewer) {
        return access.ownPitch(pitchId, viewer);
    }

    /** A pitch as its founder and the organizers see it (names and contact included). */
    public PitchView fullView(Pitch pitch) {
        return PitchView.of(pitch, hasDeck(pitch.id), false);
    }

    public boolean hasDeck(long pitchId) {
        return PitchDeck.count("pitchId", pitchId) > 0;
    }

    // --- seeing pitches ---------------------------------------------------------------------

    /** Organizers: every pitch; invited reviewers: every pitch not withdrawn (blind when the call is); founders: their own. */
    public List<PitchView> forEvent(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> PitchAccess.noNight(eventId));
        PitchAccess.Access who = this.access.access(event, viewer);
        List<Pitch> pitches = switch (who) {
            case ORGANIZER -> Pitch.list("eventId = ?1 order by createdAt, id", eventId);
            case REVIEWER -> Pitch.list("eventId = ?1 and status <> ?2 order by createdAt, id", eventId, Pitch.Status.WITHDRAWN);
            case NONE -> {
                yield Pitch.list("eventId = ?1 and founder = ?2 order by createdAt, id", eventId, viewer.username());
            }
        };
        boolean blind = who == PitchAccess.Access.REVIEWER && access.isBlind(eventId);
        Set<Long> decks = PitchAccess.decksAmong(pitches);
        return pitches.stream().map(pitch -> PitchView.of(pitch, decks.contains(pitch.id), blind)).toList();
    }

    /** One pitch, to its founder, the night's organizers and invited reviewers. */
    public PitchView view(long pitchId, Viewer viewer) {
        Pitch pitch = access.pitch(pitchId);
        if (viewer.signedIn() && pitch.founder.equals(viewer.username())) {
            return PitchView.of(pitch, hasDeck(pitchId), false);
        }
        PitchAccess.Access who = this.access.accessTo(pitch, viewer);
        return PitchView.of(pitch, hasDeck(pitchId), who == PitchAccess.Access.REVIEWER && access.isBlind(pitch.eventId));
    }

    /** The deck, to its founder, the night's organizers and invited reviewers; 404 to everyone else. */
    public PitchDeck deck(long pitchId, Viewer viewer) {
        Pitch pitch = access.pitch(pitchId);
        if (!pitch.founder.equals(viewer.username())) {
            access.accessTo(pitch, viewer);
        }
        return PitchDeck.<PitchDeck>findByIdOptional(pitchId)
                .orElseThrow(() -> PitchRefusals.notFound(m -> m.no_deck(pitch.company)));
    }

    /** Accepted pitches of a public night, for its page and the agenda (no names, no contact). */
    public List<Pitch> accepted(long eventId) {
        return Pitch.list("eventId = ?1 and status = ?2 order by company, id", eventId, Pitch.Status.ACCEPTED);
    }

    /** An accepted pitch of this night, or a clear refusal: what an agenda slot may hold. */
    public Pitch acceptedPitch(long eventId, long pitchId) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).filter(p -> p.eventId == eventId)
                .orElseThrow(() -> PitchRefusals.invalid("pitchId", m -> m.not_of_night()));
        if (pitch.status != Pitch.Status.ACCEPTED) {
            throw PitchRefusals.conflict(m -> m.not_accepted_title(), m -> m.not_accepted(pitch.company));
        }
        return pitch;
    }

    /** Companies of the given pitches by id (for the agenda's lines). */
    public Map<Long, Pitch> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Pitch> found = new LinkedHashMap<>();
        for (Pitch pitch : Pitch.<Pitch>list("id in ?1", ids)) {
            found.put(pitch.id, pitch);
        }
        return found;
    }

    /** A pitch by id; the caller applies its own rule on who may see what of it. */
    public Optional<Pitch> find(long pitchId) {
        return Pitch.findByIdOptional(pitchId);
    }

    /**
     * The application form: anyone signed in may pitch (no realm role needed), while the call is
     * open and the group not suspended; otherwise they are told why before they fill it in.
     */
    public void requireOpenToPitches(Event event) {
        EventService.requireActive(event);
        calls.requireOpenCall(event);
    }
}
