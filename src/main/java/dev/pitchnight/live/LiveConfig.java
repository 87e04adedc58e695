package dev.pitchnight.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code pitchnight.live.poll}: how often the change feed reads new live changes. */
@ConfigMapping(prefix = "pitchnight.live")
public interface LiveConfig {

    @WithDefault("100ms")
    Duration poll();
}
