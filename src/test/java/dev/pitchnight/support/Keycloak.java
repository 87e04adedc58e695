package dev.pitchnight.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens from the real Keycloak the tests run against, through the public {@code pitchnight-cli}
 * client's password grant (demo users' password = user name).
 */
public final class Keycloak {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** An access token for a demo user; cached for the run (tokens live 5 minutes). */
    public static String accessToken(String username) {
        return TOKENS.computeIfAbsent(username, Keycloak::fetchToken);
    }

    private static String fetchToken(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "pitchnight-cli")
                .formParam("username", username)
                .formParam("password", username)
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
