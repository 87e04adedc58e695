package dev.pitchnight.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers right now. Before the app sends someone to Keycloak's sign-in page it
 * asks this, so that while Keycloak is away people get our own "sign-in is unavailable" page
 * instead of the browser's "cannot connect" (pages that need no sign-in keep working, and bearer
 * tokens are still checked with the keys fetched earlier). The answer is reused for a few seconds
 * so that a crowd of sign-ins costs one check.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Duration REUSE = Duration.ofSeconds(5);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable = true;

    SignInAvailability(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl, Clock clock) {
        String base = realmUrl.endsWith("/") ? realmUrl : realmUrl + "/";
        this.discovery = URI.create(base + ".well-known/openid-configuration");
        this.clock = clock;
    }

    /** Blocks for at most ~2 s when the last answer is older than a few seconds. */
    public boolean reachable() {
        Instant now = clock.instant();
        if (checkedAt.plus(REUSE).isAfter(now)) {
            return reachable;
        }
        boolean answer;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            answer = response.statusCode() == 200;
        } catch (IOException e) {
            answer = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = false;
        }
        reachable = answer;
        checkedAt = now;
        return answer;
    }
}
