package dev.pitchnight.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pitchnight.outbox.every}: how often the mail sender drains the outbox ("off" in tests). */
@ConfigMapping(prefix = "pitchnight.outbox")
public interface OutboxConfig {

    @WithDefault("2s")
    String every();
}
