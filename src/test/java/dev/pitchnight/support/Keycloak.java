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

    /**
     * Makes sure a test-only user exists in the realm (password = user name, e-mail
     * {@code <name>@pitchnight.test}) with these realm roles, through Keycloak's admin API
     * (admin / admin of the master realm: this machine's dev Keycloak only).
     */
    public static synchronized void ensureUser(String username, String fullName, String... realmRoles) {
        String base = realmUrl().substring(0, realmUrl().indexOf("/realms/"));
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(base + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String users = base + "/admin/realms/pitchnight/users";
        java.util.List<?> found = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().as(java.util.List.class);
        if (!found.isEmpty()) {
            return;
        }
        String[] names = fullName.split(" ", 2);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@pitchnight.test", "firstName", names[0], "lastName", names.length > 1 ? names[1] : "",
                        "credentials", java.util.List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .when().post(users).then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().path("[0].id");
        for (String role : realmRoles) {
            Object representation = given().auth().oauth2(admin)
                    .when().get(base + "/admin/realms/pitchnight/roles/" + role).then().statusCode(200).extract().as(Map.class);
            given().auth().oauth2(admin).contentType("application/json").body(java.util.List.of(representation))
                    .when().post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
        }
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
