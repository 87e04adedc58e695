package dev.pitchnight.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.pitchnight.support.ForgedTokens;
import dev.pitchnight.support.Keycloak;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A bearer token verified once is remembered by its exact text; nothing else gets through on it. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void theSameTokenAgainIsServedFromWhatWasVerifiedAndAnsweredAlike() {
        String token = Keycloak.accessToken("alice");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200).body("username", equalTo("alice"));
        assertThat(verified.knows(token)).as("remembered after quarkus-oidc verified it").isTrue();
        SecurityIdentity remembered = verified.lookUp(token);
        String[] scopes = ((String) ((JsonWebToken) remembered.getPrincipal()).getClaim("scope")).split(" ");
        assertThat(scopes).as("the token's scopes").contains("email", "profile");
        for (String scope : scopes) {
            assertThat(remembered.checkPermissionBlocking(new StringPermission(scope))).as("scope %s, as quarkus-oidc grants it", scope).isTrue();
        }
        assertThat(remembered.checkPermissionBlocking(new StringPermission("admin"))).isFalse();
        assertThat(remembered.getRoles()).contains("attendee").doesNotContain("organizer", "admin");

        long servedBefore = verified.served();
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("username", equalTo("alice")).body("name", equalTo("Alice Nguyen")).body("roles", contains("attendee"));
        assertThat(verified.lookUp(token).getPrincipal().getName()).isEqualTo("alice");
        assertThat(verified.served()).as("answered from what was verified").isEqualTo(servedBefore + 1);
    }

    @Test
    void aTokenAlteredAfterTheRealOneWasRememberedIsStillRefused() {
        String token = Keycloak.accessToken("alice");
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);

        String tampered = ForgedTokens.withPayloadClaim(token, "preferred_username", "admin");
        given().auth().oauth2(tampered).get("/api/me").then().statusCode(401);
        // One character well inside the signature: it carries six bits of it (the last ones may carry padding only).
        int at = token.length() - 10;
        String resigned = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        given().auth().oauth2(resigned).get("/api/me").then().statusCode(401);
        assertThat(verified.knows(tampered)).isFalse();
        assertThat(verified.knows(resigned)).isFalse();
    }

    @Test
    void anExpiredIdentityIsNeitherRememberedNorServed() {
        QuarkusSecurityIdentity expired = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt("olivia", Instant.now().minusSeconds(1).getEpochSecond())).build();
        verified.remember("expired-token-text", expired);
        assertThat(verified.knows("expired-token-text")).isFalse();
        assertThat(verified.lookUp("expired-token-text")).isNull();
    }

    @Test
    void theRequestAVerificationCameWithIsNotKept() {
        Object request = new Object(); // stands for the first request's RoutingContext
        QuarkusSecurityIdentity first = QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt("olivia", Instant.now().plusSeconds(300).getEpochSecond()))
                .addRole("attendee")
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request)
                .addAttribute("tenant-id", "Default")
                .build();
        verified.remember("token-with-its-request", first);

        SecurityIdentity again = verified.lookUp("token-with-its-request");
        assertThat(again.getAttributes()).as("what verification established stays").containsEntry("tenant-id", "Default")
                .doesNotContainValue(request);
        assertThat(again.getRoles()).containsExactly("attendee");
        assertThat(again.getPrincipal().getName()).isEqualTo("olivia");
    }

    /** A principal with only a name and an expiry, which is all the cache reads. */
    private static JsonWebToken jwt(String name, long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
    }
}
