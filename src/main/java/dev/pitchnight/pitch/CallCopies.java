package dev.pitchnight.pitch;

import dev.pitchnight.event.NightCopied;
import dev.pitchnight.event.NightCopies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;

/**
 * The call for pitches of a copied night ("Announce the next night"): the same brief, rubric weights, blind
 * mode and number of startups wanted, open for the same span before the new night as before the old one.
 * The pitches themselves are never copied: startups apply to each night.
 */
@ApplicationScoped
class CallCopies {

    private final Clock clock;

    CallCopies(Clock clock) {
        this.clock = clock;
    }

    void onNightCopied(@Observes NightCopied copied) {
        PitchCall original = PitchCall.findById(copied.original().id);
        if (original == null) {
            return;
        }
        PitchCall call = new PitchCall();
        call.eventId = copied.copy().id;
        call.opensAt = NightCopies.shifted(original.opensAt, copied.shift());
        call.closesAt = NightCopies.shifted(original.closesAt, copied.shift());
        call.brief = original.brief;
        call.slotsWanted = original.slotsWanted;
        call.blind = original.blind;
        call.weightTeam = original.weightTeam;
        call.weightProblem = original.weightProblem;
        call.weightTraction = original.weightTraction;
        call.weightFit = original.weightFit;
        call.updatedAt = clock.instant();
        call.persist();
    }
}
