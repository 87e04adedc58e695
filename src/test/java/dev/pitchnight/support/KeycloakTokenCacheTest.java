package dev.pitchnight.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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

    static Instant expiryClaimOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Instant.ofEpochSecond(new JsonPath(payload).getLong("exp"));
    }

    @Test
    void aTokenWithTimeLeftIsReused() {
        Clock now = Clock.systemUTC();
        Keycloak.IssuedToken first = Keycloak.issuedToken(USER, now);
        // Halfway to when the cache would fetch again: the token may come from an earlier test,
        // so a fixed 30 s could already be past that point.
        Duration halfway = Duration.between(now.instant(), first.expiresAt().minus(Keycloak.REFRESH_MARGIN)).dividedBy(2);

        assertThat(halfway).isPositive();
        assertThat(Keycloak.accessToken(USER, Clock.offset(now, halfway))).isEqualTo(first.value());
    }

    @Test
    void aTokenCloseToItsExpiryIsFetchedAgainAndTheNewOneIsAccepted() {
        Clock now = Clock.systemUTC();
        Keycloak.IssuedToken first = Keycloak.issuedToken(USER, now);
        // The cache never trusts a token past the expiry written in the token itself.
        assertThat(first.expiresAt()).isAfter(now.instant()).isBeforeOrEqualTo(expiryClaimOf(first.value()));

        // A second after less than the margin is left (whatever lifespan the realm gives).
        Instant refreshFrom = first.expiresAt().minus(Keycloak.REFRESH_MARGIN).plusSeconds(1);
        Clock later = Clock.offset(now, Duration.between(now.instant(), refreshFrom));
        String second = Keycloak.accessToken(USER, later);

        assertThat(second).isNotEqualTo(first.value());
        given().auth().oauth2(second).when().get("/api/me")
                .then().statusCode(200).body("username", equalTo(USER));
    }
}
