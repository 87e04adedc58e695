package dev.pitchnight.qa;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** The Q&A's limits: how long a question may be, and how many one person may ask a minute. */
@ConfigMapping(prefix = "pitchnight.qa")
public interface QaConfig {

    @Positive
    @WithDefault("280")
    int maxLength();

    @Positive
    @WithDefault("3")
    int questionsPerMinute();
}
