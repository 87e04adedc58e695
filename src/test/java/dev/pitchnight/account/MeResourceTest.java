package dev.pitchnight.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.support.ForgedTokens;
import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeResourceTest {

    @Test
    void attendeeTokenShowsNameAndOnlyTheAttendeeRole() {
        given().auth().oauth2(Keycloak.accessToken("alice"))
                .when().get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("alice"))
                .body("name", equalTo("Alice Nguyen"))
                .body("email", equalTo("alice@pitchnight.test"))
                .body("roles", contains("attendee"));
    }

    @Test
    void organizerAndFounderAndAdminCarryTheirRealmRoles() {
        given().auth().oauth2(Keycloak.accessToken("olivia")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("attendee", "organizer"));
        given().auth().oauth2(Keycloak.accessToken("sam")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("attendee", "founder"));
        given().auth().oauth2(Keycloak.accessToken("admin")).when().get("/api/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("attendee", "admin"));
    }

    @Test
    void withoutTokenTheAnswerIsAProblem401() {
        given().when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Not signed in"))
                .body("instance", equalTo("/api/me"));
    }

    @Test
    void forgedTokenIsRejectedWithAProblem401() {
        String forged = ForgedTokens.signedByStranger("alice", Keycloak.realmUrl(), Duration.ofMinutes(5));
        given().auth().oauth2(forged)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid"));
    }

    @Test
    void tamperedKeycloakTokenIsRejected() {
        String tampered = ForgedTokens.withPayloadClaim(Keycloak.accessToken("alice"), "preferred_username", "admin");
        given().auth().oauth2(tampered)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsRejected() {
        String expired = ForgedTokens.signedByStranger("alice", Keycloak.realmUrl(), Duration.ofMinutes(-10));
        given().auth().oauth2(expired)
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void malformedTokenIsRejected() {
        given().header("Authorization", "Bearer not-a-jwt")
                .when().get("/api/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
