package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A German-speaking visitor in the Valley on a phone: the night's page arrives in German (the
 * browser asks for it), long German words stay inside 390 px, the footer switch changes the
 * language and remembers it, and the RSVP works in German.
 */
@QuarkusTest
class GermanJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Test
    void aGermanVisitorReadsTheNightInGermanSwitchesAndRsvps() {
        data.clear();
        MeetupGroup group = data.group("gruender-stammtisch", "Deutschsprachiger Gründerstammtisch Silicon Valley");
        Event night = data.night(group, "Gründerinnen- und Gründer-Pitchabend mit Publikumspreisverleihung", 195, 1);
        String nightUrl = home + "events/" + night.id;

        try (BrowserContext context = phone(new Browser.NewContextOptions()
                .setTimezoneId("Europe/Berlin").setLocale("de-DE"))) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            assertThat(page.locator("html")).hasAttribute("lang", "de");
            assertThat(page.locator(".seats-left")).hasText("Noch 195 Plätze frei");
            assertThat(page.locator(".local-time")).containsText("Deine Zeit:");
            assertThat(page.locator("main")).containsText("Uhr");
            assertThat(page.getByText("Anmelden und zusagen")).isVisible();
            screenshot(page, "event-german-phone.png");
            assertThat(horizontalOverflow(page)).as("page wider than the phone").isLessThanOrEqualTo(0);

            // The switch: English, remembered although the browser still asks for German.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
            page.waitForURL(nightUrl);
            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            page.navigate(home.toString());
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(context.cookies()).anySatisfy(cookie -> {
                assertThat(cookie.name).isEqualTo("pitchnight-lang");
                assertThat(cookie.value).isEqualTo("en");
            });
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch").setExact(true)).click();
            assertThat(page.locator("h1, h2").first()).isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "de");

            // Signed in, the same language.
            page.navigate(nightUrl);
            page.getByText("Anmelden und zusagen").click();
            signInOnKeycloak(page, "alice");
            page.waitForURL(nightUrl + "#rsvp");
            page.getByLabel("Gäste").selectOption("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zusagen")).click();
            assertThat(page.locator(".rsvp-status-line")).containsText("Du bist dabei.");
            assertThat(page.locator(".rsvp-status")).containsText("Du bringst 1 Gast mit.");
            assertThat(page.locator(".seats-left")).hasText("Noch 193 Plätze frei");
            screenshot(page, "event-german-rsvp-confirmed.png");
            assertThat(horizontalOverflow(page)).as("page wider than the phone").isLessThanOrEqualTo(0);
        }
    }

    private static int horizontalOverflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }
}
