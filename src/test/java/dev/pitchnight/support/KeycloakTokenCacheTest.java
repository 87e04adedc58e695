package dev.pitchnight.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test support's tokens outlive no token: a run longer than the realm's 5-minute token life
 * gets a fresh one instead of a 401 (the flake seen in HostileInputTest on a busy machine).
 */
@QuarkusTest
class KeycloakTokenCacheTest {

    private static final String USER = "bob";

    @AfterEach
    void forgetTheMovedClocksToken() {
        Keycloak.forget(USER);
    }

    @Test
    void aTokenWithTimeLeftIsReused() {
        Clock now = Clock.systemUTC();
        String first = Keycloak.accessToken(USER, now);

        assertThat(Keycloak.accessToken(USER, Clock.offset(now, Duration.ofSeconds(30)))).isEqualTo(first);
    }

    @Test
    void aTokenCloseToItsExpiryIsFetchedAgainAndTheNewOneIsAccepted() {
        Clock now = Clock.systemUTC();
        String first = Keycloak.accessToken(USER, now);

        // The realm's tokens live 300 s; at 241 s less than the margin of 60 s is left.
        Clock later = Clock.offset(now, Duration.ofSeconds(241));
        String second = Keycloak.accessToken(USER, later);

        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(second).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(USER));
    }
}
