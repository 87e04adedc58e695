package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.Browsers;
import dev.pitchnight.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person signs in on Keycloak's real login page in headless Chromium and is back on Pitchnight. */
@QuarkusTest
class SignInJourneyTest {

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @Inject
    TestData data;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aliceSignsInThroughKeycloakSeesHerNameAndSignsOut() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(14));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(home.toString());
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Upcoming pitch nights"))).isVisible();

            page.getByText("Sign in").first().click();
            page.waitForURL("**/realms/pitchnight/**");
            page.locator("#username").fill("alice");
            page.locator("#password").fill("alice");
            page.locator("#kc-login").click();

            page.waitForURL(home.toString());
            assertThat(page.locator(".nav-person")).hasText("Alice Nguyen");
            assertThat(page.getByText("Palo Alto Pitch Night")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("home-signed-in-alice.png")).setFullPage(true));

            page.locator(".nav-person").click();
            assertThat(page.locator(".account-name")).hasText("Alice Nguyen");
            assertThat(page.locator(".chip")).hasText("attendee");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.SCREENSHOTS.resolve("account-alice.png")).setFullPage(true));

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
