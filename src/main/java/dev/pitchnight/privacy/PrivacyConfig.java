package dev.pitchnight.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The privacy feature's settings under {@code pitchnight.privacy.}: how long a night's people are
 * kept after it ended (also what the privacy page says: written once, here), how often each
 * instance looks for erasures and nights to forget ("off" in tests, which run them explicitly),
 * and the confidential Keycloak client that deletes an erased person's account.
 */
@ConfigMapping(prefix = "pitchnight.privacy")
public interface PrivacyConfig {

    /** Days after a night ends until its RSVPs, check-ins, cards and connections lose names and addresses. */
    @WithDefault("365")
    @Min(1)
    @Max(3650)
    int retentionDays();

    Erasures erasures();

    Forgetting forgetting();

    Keycloak keycloak();

    interface Erasures {
        @WithDefault("5s")
        String every();
    }

    interface Forgetting {
        @WithDefault("1h")
        String every();
    }

    interface Keycloak {
        /** The service-account client with realm-management's manage-users role and nothing else. */
        @WithDefault("pitchnight-privacy")
        String clientId();

        /**
         * PITCHNIGHT_PRIVACY_KEYCLOAK_SECRET in production. Without it erasures still run in
         * Pitchnight, and their last step (the Keycloak account) waits and retries until it is set.
         */
        Optional<String> secret();
    }
}
