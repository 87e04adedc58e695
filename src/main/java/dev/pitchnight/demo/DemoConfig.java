package dev.pitchnight.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pitchnight.demo.seed}: seed the demo night at start (dev and the compose demo only). */
@ConfigMapping(prefix = "pitchnight.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean seed();
}
