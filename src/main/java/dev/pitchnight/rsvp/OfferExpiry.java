package dev.pitchnight.rsvp;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The waitlist's clock, also when nobody visits the night: passes expired offers on, and ends
 * the holds of places the no-show rule held back once their night is a day away. Every
 * instance runs it; the event row lock inside {@link RsvpService} makes that safe.
 */
@ApplicationScoped
public class OfferExpiry {

    private static final Logger LOG = Logger.getLogger(OfferExpiry.class);

    private final RsvpService rsvps;

    OfferExpiry(RsvpService rsvps) {
        this.rsvps = rsvps;
    }

    @Scheduled(every = "${pitchnight.offers.every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        expireDue();
        releaseDue();
    }

    /** Expires every offer past its deadline; returns how many. */
    public int expireDue() {
        int expired = 0;
        for (long eventId : rsvps.nightsWithExpiredOffers()) {
            expired += rsvps.expireOffers(eventId);
        }
        if (expired > 0) {
            LOG.infof("Passed on %d expired waitlist offers", expired);
        }
        return expired;
    }

    /** Ends every hold that is due and hands the free seats out; returns how many holds ended. */
    public int releaseDue() {
        int released = 0;
        for (long eventId : rsvps.nightsWithHoldsDue()) {
            released += rsvps.releaseHeld(eventId, null);
        }
        if (released > 0) {
            LOG.infof("Released %d waitlist places held back by the no-show rule", released);
        }
        return released;
    }
}
