package dev.pitchnight.pitch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A pitch as {@code /api} shows it. For reviewers of a blind call, the founder, the team and
 * the contact are left out (null, so absent from the JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PitchView(long id, long eventId, Pitch.Status status, String company, String oneLiner, String problem,
                        Pitch.Stage stage, String website, String deckUrl, boolean hasDeck, List<String> team,
                        String contactEmail, String founder, String founderName, Instant submittedAt, Instant updatedAt) {

    static PitchView of(Pitch pitch, boolean hasDeck, boolean blind) {
        return new PitchView(pitch.id, pitch.eventId, pitch.status, pitch.company, pitch.oneLiner, pitch.problem,
                pitch.stage, pitch.website, pitch.deckUrl, hasDeck, blind ? null : pitch.teamMembers(),
                blind ? null : pitch.contactEmail, blind ? null : pitch.founder, blind ? null : pitch.founderName,
                pitch.createdAt, pitch.updatedAt);
    }
}
