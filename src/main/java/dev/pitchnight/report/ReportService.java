package dev.pitchnight.report;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.network.NetworkService;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchService;
import dev.pitchnight.pitch.ReviewService;
import dev.pitchnight.pitch.ScoreSummary;
import dev.pitchnight.qa.AwardService;
import dev.pitchnight.qa.QuestionService;
import dev.pitchnight.qa.QuestionView;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The startup's report after the night. Who reads what is decided here, never in the resources:
 * the pitch's founder and the night's organizers (and admins) read an accepted pitch's report;
 * everyone else learns nothing of it (404, as for the pitch itself). The report is assembled from
 * the other features when it is read, through their services: the questions the audience saw
 * ({@link QuestionService}), the award once revealed ({@link AwardService}), the cards of the
 * people who connected with the founder, shown to the founder alone ({@link NetworkService}), and
 * the review's means only when the organizer shares them ({@link PitchService}). The organizer's
 * choices and the "mail sent" mark are the only things stored here ({@link StartupReport}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    /** The organizer's note: a few words, not an essay (the column holds 2000). */
    static final int NOTE_MAX = 2000;

    private final Clock clock;
    private final EventService events;
    private final PitchService pitches;
    private final ReviewService reviews;
    private final QuestionService questions;
    private final AwardService award;
    private final NetworkService network;
    private final ReportMails mails;

    ReportService(Clock clock, EventService events, PitchService pitches, ReviewService reviews, QuestionService questions, AwardService award,
                  NetworkService network, ReportMails mails) {
        this.clock = clock;
        this.events = events;
        this.pitches = pitches;
        this.reviews = reviews;
        this.questions = questions;
        this.award = award;
        this.network = network;
        this.mails = mails;
    }

    /** One accepted pitch's report, for its founder or the night's organizers; 404 for everyone else. */
    public ReportView report(long pitchId, Viewer viewer) {
        Pitch pitch = pitches.find(pitchId).orElseThrow(() -> noReport(pitchId));
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(() -> noReport(pitchId));
        boolean founder = viewer.signedIn() && pitch.founder.equals(viewer.username());
        if (!founder && !events.organizes(event, viewer)) {
            throw noReport(pitchId); // another founder's report does not exist for them
        }
        if (pitch.status != Pitch.Status.ACCEPTED) {
            throw ReportRefusals.notFound(m -> m.report_not_accepted(pitch.company));
        }
        StartupReport choices = StartupReport.findById(pitchId);
        List<NetworkService.SharedCard> cards = network.cardsConnectedWith(event.id, pitch.founder);
        ReportView.Review review = choices != null && choices.shareReview
                ? new ReportView.Review(reviews.scoreSummary(pitch).orElse(null), choices.note) : null;
        return new ReportView(pitch.id, pitch.company, pitch.oneLiner, event.id, event.title, event.startsAt, event.endsAt,
                event.timeZone, events.hasEnded(event), founder, questions.shownFor(pitch.id),
                award.standing(event.id, pitch.id).orElse(null), founder ? cards : null, cards.size(), review,
                choices == null ? null : choices.sentAt);
    }

    /** The organizer's page: every accepted pitch of the night with its choices and what there is to share. */
    public NightReports night(long eventId, Viewer viewer) {
        Event event = events.organizedEvent(eventId, viewer);
        List<Pitch> accepted = pitches.accepted(eventId);
        Map<Long, StartupReport> choices = choicesOf(eventId);
        List<NightReports.Line> lines = new ArrayList<>();
        for (Pitch pitch : accepted) {
            StartupReport choice = choices.get(pitch.id);
            List<QuestionView> asked = questions.shownFor(pitch.id);
            lines.add(new NightReports.Line(pitch.id, pitch.company, pitch.founderName == null ? pitch.founder : pitch.founderName,
                    asked.size(), network.cardsConnectedWith(eventId, pitch.founder).size(),
                    reviews.scoreSummary(pitch).orElse(null), choice != null && choice.shareReview,
                    choice == null ? null : choice.note, choice == null ? null : choice.sentAt));
        }
        return new NightReports(event, events.hasEnded(event), event.status == Event.Status.CANCELLED, lines);
    }

    /**
     * The organizer chooses whether the founder sees the review's means, with an optional note.
     * Allowed before and after the night, and after the mail went out (the mail only links to the
     * report, which shows the choice as it is when opened).
     */
    @Transactional
    public StartupReport share(long eventId, long pitchId, boolean shareReview, String note, Viewer viewer) {
        Event.lockForUpdate(eventId); // first: two organizers saving at once apply one after the other
        events.organizedEvent(eventId, viewer);
        Pitch pitch = pitches.find(pitchId).filter(p -> p.eventId == eventId && p.status == Pitch.Status.ACCEPTED)
                .orElseThrow(() -> ReportRefusals.notFound(m -> m.report_no_accepted_pitch(pitchId)));
        String text = note == null ? null : note.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.length() > NOTE_MAX) {
            throw Refusal.invalid("note", m -> m.at_most_characters(NOTE_MAX));
        }
        StartupReport choice = row(pitch, viewer);
        choice.shareReview = shareReview;
        choice.note = text;
        choice.updatedBy = viewer.username();
        choice.updatedAt = clock.instant();
        return choice;
    }

    /**
     * "Send the reports": one mail per accepted startup, with the link to its report, through the
     * outbox. Once per pitch: a pitch whose mail went out is skipped (and the outbox's key,
     * {@code PITCH_REPORT:<pitch id>}, would drop a second one anyway). Only once the night is
     * over, never for a cancelled night. Answers how many mails were queued now.
     */
    @Transactional
    public int send(long eventId, Viewer viewer) {
        Event.lockForUpdate(eventId); // first: a second press waits and then finds every mail sent
        Event event = events.organizedEvent(eventId, viewer);
        if (event.status == Event.Status.CANCELLED) {
            throw ReportRefusals.conflict(Refusal.NIGHT_CANCELLED, m -> m.report_night_cancelled(event.title));
        }
        if (!events.hasEnded(event)) {
            throw ReportRefusals.conflict(m -> m.report_not_over_title(), m -> m.report_not_over_send(event.title));
        }
        Outbox.Night night = new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
        Instant now = clock.instant();
        int queued = 0;
        for (Pitch pitch : pitches.accepted(eventId)) {
            StartupReport report = row(pitch, viewer);
            if (report.sentAt != null) {
                continue;
            }
            mails.reportReady(pitch.contactEmail, pitch.founder, pitch.company, night, pitch.id);
            report.sentAt = now;
            report.sentBy = viewer.username();
            queued++;
        }
        return queued;
    }

    /** The pitch's row, made on first use (the caller holds the night's lock, so nobody makes it meanwhile). */
    private StartupReport row(Pitch pitch, Viewer viewer) {
        StartupReport report = StartupReport.findById(pitch.id);
        if (report == null) {
            report = new StartupReport();
            report.pitchId = pitch.id;
            report.eventId = pitch.eventId;
            report.updatedBy = viewer.username();
            report.updatedAt = clock.instant();
            report.persist();
        }
        return report;
    }

    private static Map<Long, StartupReport> choicesOf(long eventId) {
        return StartupReport.<StartupReport>list("eventId", eventId).stream()
                .collect(Collectors.toMap(r -> r.pitchId, Function.identity()));
    }

    private static Refusal noReport(long pitchId) {
        return ReportRefusals.notFound(m -> m.report_no_such_pitch(pitchId));
    }
}
