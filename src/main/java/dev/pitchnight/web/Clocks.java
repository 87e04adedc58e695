package dev.pitchnight.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the services read, so that tests can reason about "now". */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton // java.time.Clock cannot be proxied
    Clock clock() {
        return Clock.systemUTC();
    }
}
