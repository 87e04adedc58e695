package dev.pitchnight.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPageTest {

    @Test
    void anonymousVisitorIsSentToKeycloakToSignIn() {
        given().redirects().follow(false)
                .when().get("/account")
                .then().statusCode(302)
                .header("Location", allOf(
                        startsWith(Keycloak.realmUrl() + "/protocol/openid-connect/auth"),
                        containsString("client_id=pitchnight-web"),
                        containsString("code_challenge_method=S256")));
    }

    @Test
    void signInLinkAlsoStartsTheCodeFlow() {
        given().redirects().follow(false)
                .when().get("/signin")
                .then().statusCode(302)
                .header("Location", startsWith(Keycloak.realmUrl() + "/protocol/openid-connect/auth"));
    }

    @Test
    void signOutWithoutASessionGoesHome() {
        given().redirects().follow(false)
                .when().get("/logout")
                .then().statusCode(303)
                .header("Location", matchesPattern("http://localhost:\\d+/"));
    }
}
