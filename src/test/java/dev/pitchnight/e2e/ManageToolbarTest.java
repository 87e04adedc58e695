package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The organizer's night page has one "Manage" toolbar: the night's pages in one row on a desktop,
 * a menu behind one button on a phone; the audience's "Live Q&A" shows only on the night's day.
 */
@QuarkusTest
class ManageToolbarTest extends BrowserJourney {

    private static final List<String> PAGES = List.of("Edit", "Pitches", "Agenda", "Attendees", "Messages", "Door", "Attendance", "Live",
            "Reports");

    @Inject
    TestData data;

    private BrowserContext as(String user, int width, int height) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height);
        if (user != null) {
            options.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Keycloak.accessToken(user)));
        }
        return browser.newContext(options);
    }

    private Event[] nights() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event tonight = data.event(group, "Tonight's Pitch Night", Event.Status.PUBLISHED, Duration.ofHours(-1));
        Event later = data.night(group, "Pitch Night in Two Weeks", 80, 0);
        return new Event[] {tonight, later};
    }

    @Test
    void onADesktopTheNightsPagesFitOneRowWithoutAMenuButton() {
        Event[] nights = nights();
        try (BrowserContext context = as("olivia", 1280, 800)) {
            Page page = context.newPage();
            page.navigate(home + "events/" + nights[1].id);
            Locator toolbar = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Manage this night"));
            Locator links = toolbar.getByRole(AriaRole.LINK);
            assertThat(links).hasText(PAGES.toArray(String[]::new));
            assertThat(toolbar.locator("summary")).isHidden();
            double top = links.first().boundingBox().y;
            for (int i = 0; i < PAGES.size(); i++) {
                assertThat(links.nth(i)).isVisible();
                assertThat(links.nth(i).boundingBox().y).as(PAGES.get(i)).isEqualTo(top);
            }
            assertThat(links.nth(4)).hasAttribute("href", "/events/" + nights[1].id + "/messages");
            assertThat(links.nth(5)).hasAttribute("href", "/events/" + nights[1].id + "/checkin");
            // The toolbar's row is no wider than the page's column.
            assertThat(toolbar.boundingBox().width).isLessThanOrEqualTo(page.locator("main").boundingBox().width);
            screenshot(page, "manage-desktop.png");

            links.filter(new Locator.FilterOptions().setHasText("Agenda")).click();
            assertThat(page.locator("h1")).hasText("Agenda");
        }
    }

    @Test
    void theLongestLabelsTheGermanOnesStillFitOneRowOnASmallLaptop() {
        Event[] nights = nights();
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("de-DE")
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Keycloak.accessToken("olivia"), "Accept-Language", "de"));
        try (BrowserContext context = browser.newContext(options)) {
            Page page = context.newPage();
            page.navigate(home + "events/" + nights[1].id);
            Locator toolbar = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Diesen Abend verwalten"));
            Locator links = toolbar.getByRole(AriaRole.LINK);
            assertThat(links).hasCount(PAGES.size());
            assertThat(links.nth(3)).hasText("Teilnehmende");
            double top = links.first().boundingBox().y;
            for (int i = 0; i < PAGES.size(); i++) {
                assertThat(links.nth(i)).isVisible();
                assertThat(links.nth(i).boundingBox().y).isEqualTo(top);
            }
            double right = toolbar.locator("ul").boundingBox().x + toolbar.locator("ul").boundingBox().width;
            double mainRight = page.locator("main").boundingBox().x + page.locator("main").boundingBox().width;
            assertThat(right).as("the row's right edge within the page").isLessThanOrEqualTo(mainRight);
            assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth")).isTrue();
            screenshot(page, "manage-desktop-de-1024.png");
        }
    }

    @Test
    void onAPhoneTheNightsPagesWaitBehindOneManageButton() {
        Event[] nights = nights();
        try (BrowserContext context = as("olivia", 390, 844)) {
            Page page = context.newPage();
            page.navigate(home + "events/" + nights[1].id);
            Locator toolbar = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Manage this night"));
            Locator links = toolbar.getByRole(AriaRole.LINK);
            assertThat(links.first()).isHidden();
            screenshot(page, "manage-phone-closed.png");
            toolbar.getByText("Manage").click();
            for (int i = 0; i < PAGES.size(); i++) {
                assertThat(links.nth(i)).isVisible();
                assertThat(links.nth(i)).hasText(PAGES.get(i));
                assertThat(links.nth(i).boundingBox().height).as("touch target of %s", PAGES.get(i)).isGreaterThanOrEqualTo(44);
            }
            screenshot(page, "manage-phone-open.png");
            links.filter(new Locator.FilterOptions().setHasText("Attendees")).click();
            assertThat(page.locator("h1")).hasText("Attendees");
        }
    }

    @Test
    void theAudiencesLiveQaLinkShowsOnlyOnTheNightsDay() {
        Event[] nights = nights();
        try (BrowserContext context = as(null, 390, 844)) {
            Page page = context.newPage();
            page.navigate(home + "events/" + nights[0].id);
            assertThat(page.locator("h1")).hasText("Tonight's Pitch Night");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live Q&A")))
                    .hasAttribute("href", "/events/" + nights[0].id + "/qa");
            assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Manage this night"))).hasCount(0);

            page.navigate(home + "events/" + nights[1].id);
            assertThat(page.locator("h1")).hasText("Pitch Night in Two Weeks");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live Q&A"))).hasCount(0);
        }
        try (BrowserContext context = as("olivia", 1280, 800)) {
            Page page = context.newPage();
            page.navigate(home + "events/" + nights[1].id);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live Q&A"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Live").setExact(true))).isVisible();
        }
    }
}
