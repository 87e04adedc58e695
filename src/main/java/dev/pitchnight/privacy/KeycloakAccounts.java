package dev.pitchnight.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API, as the confidential client {@code pitchnight-privacy} (a service
 * account with realm-management's {@code manage-users} role only): finds a person's account and
 * deletes it. Plain JDK HttpClient: quarkus-keycloak-admin-rest-client is not available to us,
 * and two calls do not need a client library. The admin API lives beside the realm's URL
 * ({@code …/realms/pitchnight} → {@code …/admin/realms/pitchnight}).
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** Keycloak answered something unexpected; the erasure job retries later. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final String realmUrl;
    private final String adminUrl;
    private final PrivacyConfig config;

    KeycloakAccounts(ObjectMapper json, PrivacyConfig config,
                     @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.json = json;
        this.config = config;
        this.realmUrl = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int at = this.realmUrl.lastIndexOf("/realms/");
        this.adminUrl = this.realmUrl.substring(0, at) + "/admin" + this.realmUrl.substring(at);
    }

    /** Deletes the account with this user name; true when it is gone (also when there was none). */
    public boolean delete(String username) {
        String token = token();
        Optional<String> id = find(username, token).map(user -> user.path("id").asText());
        if (id.isEmpty()) {
            return true;
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(adminUrl + "/users/" + id.get()))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).DELETE().build());
        if (answer.statusCode() != 204 && answer.statusCode() != 404) {
            throw new Unavailable("Keycloak answered " + answer.statusCode() + " to deleting an account");
        }
        return true;
    }

    /** The e-mail addresses of these people, as their Keycloak accounts hold them (those without one left out). */
    public List<String> emails(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        String token = token();
        List<String> emails = new ArrayList<>();
        for (String username : usernames) {
            find(username, token).map(user -> user.path("email").asText(""))
                    .filter(email -> !email.isBlank()).ifPresent(emails::add);
        }
        return emails;
    }

    private Optional<JsonNode> find(String username, String token) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(adminUrl + "/users?exact=true&briefRepresentation=true&username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build());
        if (answer.statusCode() != 200) {
            throw new Unavailable("Keycloak answered " + answer.statusCode() + " to finding an account");
        }
        try {
            for (JsonNode user : json.readTree(answer.body())) {
                if (username.equals(user.path("username").asText())) {
                    return Optional.of(user);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new Unavailable("Keycloak's list of users was not JSON");
        }
    }

    private String token() {
        String secret = config.keycloak().secret()
                .orElseThrow(() -> new Unavailable("pitchnight.privacy.keycloak.secret (PITCHNIGHT_PRIVACY_KEYCLOAK_SECRET) is not set"));
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.keycloak().clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new Unavailable("Keycloak refused the privacy client's token (" + answer.statusCode() + ")");
        }
        try {
            return json.readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new Unavailable("Keycloak's token answer was not JSON");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("Keycloak did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while calling Keycloak");
        }
    }
}
