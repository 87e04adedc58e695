package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A person signs in on Keycloak's real login page in headless Chromium and is back on Pitchnight. */
@QuarkusTest
class SignInJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Test
    void aliceSignsInThroughKeycloakSeesHerNameAndSignsOut() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(14));

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(home.toString());
            assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Upcoming pitch nights"))).isVisible();

            page.getByText("Sign in").first().click();
            signInOnKeycloak(page, "alice");

            page.waitForURL(home.toString());
            assertThat(page.locator(".nav-person")).hasText("Alice Nguyen");
            assertThat(page.getByText("Palo Alto Pitch Night")).isVisible();
            screenshot(page, "home-signed-in-alice.png");

            page.locator(".nav-person").click();
            assertThat(page.locator(".account-name")).hasText("Alice Nguyen");
            assertThat(page.locator(".chip")).hasText("attendee");
            screenshot(page, "account-alice.png");

            page.getByText("Sign out").click();
            // Keycloak sends the browser back to the home page, with the logout state parameter.
            page.waitForURL(Pattern.compile("^" + Pattern.quote(home.toString()) + "(\\?state=[^&]+)?$"));
            assertThat(page.getByText("Sign in")).isVisible();
            assertThat(page.locator(".nav-person")).hasCount(0);

            // The Keycloak session ended too: the account page asks for a password again.
            page.navigate(home.toString() + "account");
            page.waitForURL("**/realms/pitchnight/**");
            assertThat(page.locator("#password")).isVisible();
        }
    }
}
