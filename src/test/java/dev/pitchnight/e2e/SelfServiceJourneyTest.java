package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * A community adopts Pitchnight from zero, in Chromium, with nobody's help: a brand-new person
 * registers on Keycloak's registration page, starts a group, announces and publishes a night and
 * opens its call for pitches; a second new person applies to pitch; a third RSVPs. User names are
 * new on every run (the shared Keycloak keeps its users).
 */
@QuarkusTest
class SelfServiceJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    TestData data;

    /** On Keycloak's sign-in page: follows "Register" and creates the account. */
    private static void registerOnKeycloak(Page page, String username, String first, String last) {
        page.waitForURL("**/realms/pitchnight/**");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")).click();
        page.locator("#firstName").fill(first);
        page.locator("#lastName").fill(last);
        page.locator("#email").fill(username + "@pitchnight.test");
        page.locator("#username").fill(username);
        page.locator("#password").fill(username + "-Pw1");
        page.locator("#password-confirm").fill(username + "-Pw1");
        page.locator("input[type=submit], button[type=submit]").first().click();
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void threeNewPeopleStartAGroupAPublishedNightAPitchAndAnRsvp() {
        data.clear();
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String groupName = "Night Owls Zürich " + run;
        String slug = "night-owls-zurich-" + run;
        String nightUrl;

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(home.toString());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a group").setExact(true)).first().click();
            registerOnKeycloak(page, "owner" + run, "Olga", "Owl");

            page.waitForURL("**/groups/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(groupName);
            assertThat(page.locator("#slug")).hasValue(slug); // suggested from the name
            page.getByLabel("City").fill("Zürich");
            page.locator("#timeZone").selectOption("Europe/Zurich");
            page.getByLabel("Description (Markdown)").fill("Founders pitch, **owls** listen.");
            screenshot(page, "self-service-new-group-desktop.png");
            button(page, "Start the group").click();

            page.waitForURL("**/groups/" + slug);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(groupName))).isVisible();
            assertThat(page.locator("#organizers + ul")).containsText("Olga Owl");

            page.getByText("Announce a night").first().click();
            page.waitForURL("**/groups/" + slug + "/events/new");
            assertThat(page.locator("#timeZone")).hasValue("Europe/Zurich"); // the group's zone
            LocalDateTime start = LocalDateTime.now(BERLIN).plusDays(30).withHour(18).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
            page.locator("#title").fill("Owl Pitch Night " + run);
            page.locator("#startsAt").fill(LOCAL.format(start));
            page.locator("#endsAt").fill(LOCAL.format(start.plusHours(3)));
            page.locator("#capacity").fill("40");
            page.locator("#status").selectOption("PUBLISHED");
            page.locator("form.stack-form button[type=submit]").click();
            page.waitForURL("**/events/*");
            nightUrl = page.url();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Owl Pitch Night " + run))).isVisible();

            page.navigate(nightUrl + "/review/call");
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Zurich")).truncatedTo(ChronoUnit.MINUTES);
            page.locator("#opensAt").fill(LOCAL.format(now.minusHours(1)));
            page.locator("#closesAt").fill(LOCAL.format(now.plusDays(7)));
            page.locator("#brief").fill("Early-stage startups with something people can try.");
            page.locator("form button[type=submit]").last().click();
            page.navigate(nightUrl);
            assertThat(page.getByText("Apply to pitch")).isVisible();
            screenshot(page, "self-service-published-night-desktop.png");
        }

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            page.getByText("Apply to pitch").click();
            registerOnKeycloak(page, "founder" + run, "Fritz", "Founder");
            page.waitForURL(nightUrl + "/pitches/new");
            page.getByLabel("Company", new Page.GetByLabelOptions().setExact(true)).fill("Owlytics " + run);
            page.getByLabel("One-liner").fill("Analytics for night owls");
            page.getByLabel("Problem").fill("Nobody measures what happens after midnight.");
            page.getByLabel("Stage").selectOption("PROTOTYPE");
            page.getByLabel("Contact email").fill("founder" + run + "@pitchnight.test");
            button(page, "Send the pitch").click();
            page.waitForURL("**/pitches/mine**");
            assertThat(page.getByText("Owlytics " + run)).isVisible();
            screenshot(page, "self-service-pitch-sent-phone.png");
        }

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            page.getByText("Sign in to RSVP").click();
            registerOnKeycloak(page, "guest" + run, "Greta", "Guest");
            page.waitForURL(nightUrl + "**");
            page.navigate(nightUrl);
            button(page, "RSVP").click();
            assertThat(page.locator(".rsvp-status-confirmed")).isVisible();
            screenshot(page, "self-service-rsvp-phone.png");
        }

        // Everything the three did is in the database, and the owner sees her group in the directory.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(home.toString() + "groups?q=zurich+" + run);
            assertThat(page.locator(".group-card")).hasCount(1);
            assertThat(page.locator(".group-card")).containsText("Owl Pitch Night " + run); // its next night
            screenshot(page, "self-service-directory-desktop.png");
        }
        assertThat(data.rowCounts().get("rsvps")).isEqualTo(1L);
        assertThat(data.rowCounts().get("pitches")).isEqualTo(1L);
        assertThat(data.rowCounts().get("events")).isEqualTo(1L);
    }
}
