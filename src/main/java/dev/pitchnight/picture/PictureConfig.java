package dev.pitchnight.picture;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * {@code pitchnight.pictures.*}: the largest upload (bytes, 5 MB) and the most pixels a picture may
 * declare (a decompression bomb declares billions in a few kilobytes).
 */
@ConfigMapping(prefix = "pitchnight.pictures")
public interface PictureConfig {

    @Positive
    @WithDefault("5242880")
    long maxBytes();

    @Positive
    @WithDefault("50000000")
    long maxPixels();
}
