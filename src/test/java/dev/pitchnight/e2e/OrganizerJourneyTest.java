package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Browsers;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** olivia announces a night on her phone: a form with mistakes comes back marked, then the night is out. */
@QuarkusTest
class OrganizerJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void oliviaAnnouncesANightAfterFixingHerMistakes() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(home + "groups/svnewtech/events/new");
            signInOnKeycloak(page, "olivia");
            page.waitForURL(home + "groups/svnewtech/events/new");

            field(page, "Starts").fill("2026-12-10T21:00");
            field(page, "Ends").fill("2026-12-10T18:30");
            field(page, "Seats").fill("-3");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save")).click();

            assertThat(page.locator("#title-error")).hasText("is required");
            assertThat(page.locator("#endsAt-error")).hasText("must be after the start");
            assertThat(page.locator("#capacity-error")).hasText("must be between 0 and 100000");
            assertThat(field(page, "Starts")).hasValue("2026-12-10T21:00");
            screenshot(page, "event-form-errors.png");
            assertThat(data.eventCount()).isZero();

            field(page, "Title").fill("Palo Alto Pitch Night");
            field(page, "Description").fill("Four startups, **five minutes** each.");
            field(page, "Starts").fill("2026-12-10T18:30");
            field(page, "Ends").fill("2026-12-10T21:30");
            field(page, "Seats").fill("195");
            field(page, "Venue").fill("The Forum");
            field(page, "Status").selectOption("PUBLISHED");
            page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save")).click();

            assertThat(page.locator("h1")).hasText("Palo Alto Pitch Night");
            assertThat(page.locator(".prose strong")).hasText("five minutes");
            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            assertThat(page.getByText("6:30 PM – 9:30 PM PST")).isVisible();
            screenshot(page, "event-created-by-olivia.png");

            // On a phone the night's pages wait in the "Manage" menu.
            page.getByText("Manage", new Page.GetByTextOptions().setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendees").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Attendees");
            assertThat(page.getByText("Nobody has RSVPed yet.")).isVisible();
            assertThat(data.eventCount()).isEqualTo(1);
        }
    }
}
