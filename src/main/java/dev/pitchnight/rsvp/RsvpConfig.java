package dev.pitchnight.rsvp;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;

/**
 * The RSVP feature's settings under {@code pitchnight.}: how often held-back offers expire and
 * reminders go out ("off" in tests), and the secret that signs tickets (at least 32 characters).
 */
@ConfigMapping(prefix = "pitchnight")
public interface RsvpConfig {

    Offers offers();

    Reminders reminders();

    Tickets tickets();

    interface Offers {
        @WithDefault("30s")
        String every();
    }

    interface Reminders {
        @WithDefault("60s")
        String every();
    }

    interface Tickets {
        /** PITCHNIGHT_TICKETS_SECRET in production. */
        @Size(min = 32, message = "pitchnight.tickets.secret (PITCHNIGHT_TICKETS_SECRET) must be at least 32 characters")
        String secret();
    }
}
