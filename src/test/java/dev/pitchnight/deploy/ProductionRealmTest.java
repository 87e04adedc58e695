package dev.pitchnight.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The realm Keycloak imports in the cluster (k8s/base/keycloak/pitchnight-realm-prod.json):
 * people who register verify their address, pick a real password, and cannot be guessed at;
 * Keycloak mails through the same SMTP server as the app, configured by the environment. The
 * dev realm (docker/keycloak/pitchnight-realm.json) keeps its short demo passwords.
 */
class ProductionRealmTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));
    private static JsonNode realm;
    private static JsonNode devRealm;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        realm = json.readTree(ROOT.resolve("k8s/base/keycloak/pitchnight-realm-prod.json").toFile());
        devRealm = json.readTree(ROOT.resolve("docker/keycloak/pitchnight-realm.json").toFile());
    }

    @Test
    void registrationNeedsAVerifiedAddress() {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("duplicateEmailsAllowed").asBoolean()).isFalse();
    }

    @Test
    void passwordsAreAtLeastTwelveCharactersAndNotTheUserName() {
        Map<String, String> policy = policy(realm.path("passwordPolicy").asText());
        assertThat(policy).containsKey("length").containsKey("notUsername");
        assertThat(Integer.parseInt(policy.get("length"))).isGreaterThanOrEqualTo(12);
    }

    @Test
    void bruteForceIsDetected() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(realm.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(realm.path("waitIncrementSeconds").asInt());
    }

    @Test
    void keycloakMailsThroughTheConfiguredServer() {
        JsonNode smtp = realm.path("smtpServer");
        // Every value that differs between deployments is an environment placeholder, never a literal.
        for (String key : new String[] {"host", "port", "from", "auth", "user", "password", "starttls"}) {
            assertThat(smtp.path(key).asText()).as("smtpServer." + key).matches("\\$\\{[A-Z0-9_]+}");
        }
        assertThat(smtp.path("host").asText()).isEqualTo("${QUARKUS_MAILER_HOST}");
        assertThat(smtp.path("password").asText()).isEqualTo("${QUARKUS_MAILER_PASSWORD}");
    }

    /**
     * Keycloak refuses the whole import ("Unable to find composite realm role") when a composite
     * names a realm role the file does not declare; the realm once did exactly that with
     * offline_access and uma_authorization.
     */
    @Test
    void everyCompositeRoleIsDeclared() {
        java.util.Set<String> declared = new java.util.HashSet<>();
        realm.path("roles").path("realm").forEach(r -> declared.add(r.path("name").asText()));
        realm.path("roles").path("realm").forEach(r -> r.path("composites").path("realm")
                .forEach(c -> assertThat(declared).as(r.path("name").asText() + " -> " + c.asText()).contains(c.asText())));
        assertThat(declared).contains("offline_access", "uma_authorization");
        assertThat(realm.path("defaultRole").path("name").asText()).isIn(declared);
    }

    /**
     * Erasing an account deletes its Keycloak user through the confidential client
     * pitchnight-privacy: a service account that may manage users and nothing else, whose secret
     * Keycloak reads from the environment (the app's Secret), in both realms.
     */
    @Test
    void thePrivacyClientIsAServiceAccountThatOnlyManagesUsers() {
        for (JsonNode file : new JsonNode[] {realm, devRealm}) {
            JsonNode client = null;
            for (JsonNode candidate : file.path("clients")) {
                if (candidate.path("clientId").asText().equals("pitchnight-privacy")) {
                    client = candidate;
                }
            }
            assertThat(client).as("pitchnight-privacy client").isNotNull();
            assertThat(client.path("publicClient").asBoolean(true)).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean(true)).isFalse();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
            JsonNode account = null;
            for (JsonNode user : file.path("users")) {
                if (user.path("serviceAccountClientId").asText().equals("pitchnight-privacy")) {
                    account = user;
                }
            }
            assertThat(account).as("its service account").isNotNull();
            assertThat(account.path("clientRoles").toString()).isEqualTo("{\"realm-management\":[\"manage-users\"]}");
            assertThat(account.path("realmRoles").size()).isZero();
        }
        assertThat(findSecret(realm)).isEqualTo("${PITCHNIGHT_PRIVACY_CLIENT_SECRET}");
    }

    private static String findSecret(JsonNode file) {
        for (JsonNode client : file.path("clients")) {
            if (client.path("clientId").asText().equals("pitchnight-privacy")) {
                return client.path("secret").asText();
            }
        }
        return null;
    }

    @Test
    void theDevRealmKeepsItsEasyDemoLogins() {
        assertThat(devRealm.path("passwordPolicy").asText("")).doesNotContain("length(12)");
        assertThat(devRealm.path("verifyEmail").asBoolean(false)).isFalse();
        assertThat(devRealm.path("users").toString()).contains("\"olivia\"");
    }

    /** "length(12) and notUsername(undefined)" as {length=12, notUsername=undefined}. */
    private static Map<String, String> policy(String text) {
        Map<String, String> policy = new HashMap<>();
        Arrays.stream(text.split(" and ")).map(String::trim).filter(p -> !p.isEmpty()).forEach(p -> {
            int open = p.indexOf('(');
            policy.put(open < 0 ? p : p.substring(0, open), open < 0 ? "" : p.substring(open + 1, p.length() - 1));
        });
        return policy;
    }
}
