package dev.pitchnight.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tokens from the real Keycloak the tests run against, through the public {@code pitchnight-cli}
 * client's password grant (demo users' password = user name).
 */
public final class Keycloak {

    /**
     * A token is fetched again when less than this is left of its life: a request that starts
     * with it must still carry a valid token when the server reads it, even on a slow machine.
     */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private static final Map<String, IssuedToken> TOKENS = new ConcurrentHashMap<>();

    /** An access token and the moment it stops being valid (from {@code expires_in}). */
    record IssuedToken(String value, Instant expiresAt) {

        boolean usableAt(Instant now) {
            return now.isBefore(expiresAt.minus(REFRESH_MARGIN));
        }
    }

    private Keycloak() {
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /**
     * An access token for a demo user. Tokens live 5 minutes in the realm, so each is cached only
     * until a minute before it expires and then fetched again: a run may take as long as it needs.
     */
    public static String accessToken(String username) {
        return accessToken(username, Clock.systemUTC());
    }

    static String accessToken(String username, Clock clock) {
        return issuedToken(username, clock).value();
    }

    static IssuedToken issuedToken(String username, Clock clock) {
        return TOKENS.compute(username, (name, cached) -> cached != null && cached.usableAt(clock.instant())
                ? cached : fetchToken(name, clock));
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
        List<?> found = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().as(List.class);
        if (!found.isEmpty()) {
            return;
        }
        String[] names = fullName.split(" ", 2);
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@pitchnight.test", "firstName", names[0], "lastName", names.length > 1 ? names[1] : "",
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .when().post(users).then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(users).then().statusCode(200).extract().path("[0].id");
        for (String role : realmRoles) {
            Object representation = given().auth().oauth2(admin)
                    .when().get(base + "/admin/realms/pitchnight/roles/" + role).then().statusCode(200).extract().as(Map.class);
            given().auth().oauth2(admin).contentType("application/json").body(List.of(representation))
                    .when().post(users + "/" + id + "/role-mappings/realm").then().statusCode(204);
        }
    }

    /** Whether the realm has an account with this user name (Keycloak's admin API). */
    public static boolean userExists(String username) {
        String base = realmUrl().substring(0, realmUrl().indexOf("/realms/"));
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(base + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        List<?> found = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(base + "/admin/realms/pitchnight/users").then().statusCode(200).extract().as(List.class);
        return !found.isEmpty();
    }

    /** Drops a cached token (for the cache's own test, which moves its clock). */
    static void forget(String username) {
        TOKENS.remove(username);
    }

    private static IssuedToken fetchToken(String username, Clock clock) {
        // Whole seconds, as the token's own iat and exp: the cache's expiry is never later than the token's.
        Instant askedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JsonPath answer = given().formParam("grant_type", "password")
                .formParam("client_id", "pitchnight-cli")
                .formParam("username", username)
                .formParam("password", username)
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
        // Counted from before the request went out, so the cache never trusts a token longer than Keycloak does.
        return new IssuedToken(answer.getString("access_token"), askedAt.plusSeconds(answer.getLong("expires_in")));
    }
}
