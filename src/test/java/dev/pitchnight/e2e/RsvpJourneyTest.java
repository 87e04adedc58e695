package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An attendee on a phone: opens the night's link, signs in, RSVPs with a guest, and cancels. */
@QuarkusTest
class RsvpJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Test
    void aliceRsvpsWithAGuestSeesHerSeatAndCancels() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        String nightUrl = home + "events/" + night.id;

        // A visitor in Berlin sees the Palo Alto night in their own time too.
        try (BrowserContext context = phone(new Browser.NewContextOptions()
                .setTimezoneId("Europe/Berlin").setLocale("en-US"))) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            assertThat(page.locator(".local-time")).containsText("Your time:");
            assertThat(page.locator(".local-time")).containsText("GMT+1");
            screenshot(page, "event-anonymous.png");

            page.getByText("Sign in to RSVP").click();
            signInOnKeycloak(page, "alice");
            page.waitForURL(nightUrl + "#rsvp");

            page.getByLabel("Guests").selectOption("1");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("RSVP")).click();
            assertThat(page.locator(".rsvp-status-line")).containsText("You're going.");
            assertThat(page.locator(".rsvp-status")).containsText("You bring 1 guest.");
            assertThat(page.locator(".seats-left")).hasText("193 seats left");
            screenshot(page, "event-rsvp-confirmed.png");
            assertThat(data.rsvps(night.id)).singleElement()
                    .satisfies(rsvp -> assertThat(rsvp.status).isEqualTo(Rsvp.Status.CONFIRMED))
                    .satisfies(rsvp -> assertThat(rsvp.seats).isEqualTo(2));

            // A form post without the CSRF token (as another site would send it) is refused.
            APIResponse forged = context.request().post(nightUrl + "/rsvp/cancel",
                    RequestOptions.create().setForm(FormData.create().set("guests", "0")).setMaxRedirects(0));
            assertThat(forged.status()).isEqualTo(400);
            assertThat(data.rsvps(night.id).get(0).status).isEqualTo(Rsvp.Status.CONFIRMED);

            page.getByText("Cancel my RSVP").click();
            assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("RSVP"))).isVisible();
            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            assertThat(data.rsvps(night.id).get(0).status).isEqualTo(Rsvp.Status.CANCELLED);
            screenshot(page, "event-rsvp-cancelled.png");
        }
    }
}
