package dev.pitchnight.pitch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** {@code pitchnight.pitches.deck-max-bytes}: the largest PDF deck a founder may upload. */
@ConfigMapping(prefix = "pitchnight.pitches")
public interface PitchConfig {

    @Positive
    @WithDefault("8388608")
    long deckMaxBytes();
}
