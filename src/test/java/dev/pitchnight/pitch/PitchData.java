package dev.pitchnight.pitch;

import dev.pitchnight.notify.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Pitch rows the tests need, written and read through the real database. */
@ApplicationScoped
public class PitchData {

    /** A small but complete PDF: header, one object, trailer. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                xref
                0 3
                trailer << /Size 3 /Root 1 0 R >>
                startxref
                9
                %%EOF
                """.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A call that opened an hour ago and closes in {@code closesIn}. */
    @Transactional
    public void call(long eventId, Duration closesIn, boolean blind) {
        PitchCall call = PitchCall.findById(eventId);
        if (call == null) {
            call = new PitchCall();
            call.eventId = eventId;
        }
        call.opensAt = Instant.now().minus(Duration.ofHours(1));
        call.closesAt = Instant.now().plus(closesIn);
        call.blind = blind;
        call.updatedAt = Instant.now();
        call.persist();
    }

    @Transactional
    public void closeCall(long eventId) {
        PitchCall call = PitchCall.findById(eventId);
        call.opensAt = Instant.now().minus(Duration.ofDays(2));
        call.closesAt = Instant.now().minus(Duration.ofMinutes(1));
    }

    @Transactional
    public void weights(long eventId, int team, int problem, int traction, int fit) {
        PitchCall call = PitchCall.findById(eventId);
        call.weightTeam = team;
        call.weightProblem = problem;
        call.weightTraction = traction;
        call.weightFit = fit;
    }

    /** A pitch written directly, e.g. by a founder the tests have no token for. */
    @Transactional
    public Pitch pitch(long eventId, String founder, String company, Pitch.Status status) {
        Pitch pitch = new Pitch();
        pitch.eventId = eventId;
        pitch.founder = founder;
        pitch.founderName = founder;
        pitch.company = company;
        pitch.oneLiner = company + " makes nights better";
        pitch.problem = "Pitch nights are hard to run.";
        pitch.stage = Pitch.Stage.PROTOTYPE;
        pitch.contactEmail = founder + "@example.com";
        pitch.team = founder + "\nAda Lovelace";
        pitch.status = status;
        pitch.createdAt = Instant.now();
        pitch.updatedAt = pitch.createdAt;
        pitch.persist();
        return pitch;
    }

    @Transactional
    public Pitch reload(long pitchId) {
        return Pitch.findById(pitchId);
    }

    @Transactional
    public long pitchCount() {
        return Pitch.count();
    }

    @Transactional
    public long deckCount() {
        return PitchDeck.count();
    }

    @Transactional
    public List<OutboxMail> mails(OutboxMail.Kind kind) {
        return OutboxMail.list("kind = ?1 order by id", kind);
    }

    @Transactional
    public void reviewer(long eventId, String username) {
        PitchReviewer reviewer = new PitchReviewer();
        reviewer.eventId = eventId;
        reviewer.username = username;
        reviewer.invitedBy = "olivia";
        reviewer.invitedAt = Instant.now();
        reviewer.persist();
    }

    @Transactional
    public long onlyPitchId() {
        return Pitch.<Pitch>findAll().singleResult().id;
    }

    /** Where the pitch's slot stands in its night's agenda. */
    @Transactional
    public int slotPositionOf(long pitchId) {
        return ((Number) Pitch.getEntityManager().createNativeQuery("SELECT position FROM agenda_items WHERE pitch_id = ?1")
                .setParameter(1, pitchId).getSingleResult()).intValue();
    }
}
