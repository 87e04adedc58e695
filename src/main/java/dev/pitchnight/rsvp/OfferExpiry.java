package dev.pitchnight.rsvp;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Passes expired waitlist offers on, also when nobody visits the night. Every instance runs it;
 * the event row lock inside {@link RsvpService#expireOffers} makes that safe.
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
}
