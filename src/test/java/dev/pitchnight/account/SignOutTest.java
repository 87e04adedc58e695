package dev.pitchnight.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitchnight.support.CodeFlow;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing out ends the session for good: the session cookie carries its tokens itself, so a copy
 * of it (another tab's, a stolen one) must not keep working after /logout until its ID token
 * expires.
 */
@QuarkusTest
class SignOutTest {

    @TestHTTPResource("/")
    URI app;

    @Test
    void signingOutEndsTheSessionEvenForACopyOfItsCookie() {
        CodeFlow browser = new CodeFlow(app);
        HttpResponse<String> account = browser.signIn("/account", "alice");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Alice Nguyen");

        Map<String, String> copy = new LinkedHashMap<>(browser.cookies);
        CodeFlow copied = new CodeFlow(app);
        copied.cookies.putAll(copy);
        assertThat(copied.get("/account").body()).as("the copy works while signed in").contains("Alice Nguyen");

        HttpResponse<String> afterSignOut = browser.browse("/logout");
        assertThat(afterSignOut.uri().getPath()).isEqualTo("/");
        assertThat(browser.cookies.keySet()).noneMatch(name -> name.startsWith("q_session"));

        // The sign-out is recorded just after /logout answers (off the event loop): allow it a moment.
        HttpResponse<String> replayed = copied.get("/account");
        for (int i = 0; i < 50 && replayed.statusCode() == 200; i++) {
            sleep(100);
            replayed = copied.get("/account");
        }
        assertThat(replayed.statusCode()).as("the copied cookie after sign-out").isEqualTo(401);
        assertThat(replayed.body()).doesNotContain("Alice Nguyen");
        assertThat(copied.cookies.keySet()).as("the app tells the browser to drop the dead session")
                .noneMatch(name -> name.startsWith("q_session"));
        // Without the cookie, the account page sends the copy's holder to Keycloak's sign-in.
        HttpResponse<String> again = copied.get("/account");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("location").orElse("")).contains("/protocol/openid-connect/auth");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signingOutEndsOnlyThatSession() {
        CodeFlow phone = new CodeFlow(app);
        CodeFlow laptop = new CodeFlow(app);
        phone.signIn("/account", "bob");
        laptop.signIn("/account", "bob");

        phone.browse("/logout");

        assertThat(laptop.get("/account").body()).as("bob's other session goes on").contains("Bob");
        assertThat(phone.get("/account").statusCode()).isEqualTo(302);
        assertThat(laptop.get("/api/me").statusCode()).as("and so do its bearer calls").isEqualTo(200);
    }
}
