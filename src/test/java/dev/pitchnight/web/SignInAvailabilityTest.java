package dev.pitchnight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.net.ServerSocket;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Against the real Keycloak, and against a port where nothing listens (Keycloak away). */
@QuarkusTest
class SignInAvailabilityTest {

    @Test
    void theRunningKeycloakIsReachable() {
        assertThat(new SignInAvailability(Keycloak.realmUrl(), Clock.systemUTC()).reachable()).isTrue();
    }

    @Test
    void aKeycloakThatDoesNotAnswerIsNot() throws Exception {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        assertThat(new SignInAvailability("http://127.0.0.1:" + unused + "/realms/pitchnight", Clock.systemUTC()).reachable())
                .isFalse();
    }
}
