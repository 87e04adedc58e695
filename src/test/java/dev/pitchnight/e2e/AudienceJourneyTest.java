package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.pitchnight.live.LiveData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.qa.AwardService;
import dev.pitchnight.support.Axe;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * alice follows the night on her phone, in its dark mode: before the start the audience page says
 * when questions open and shows the run of show; during a pitch the item on now is marked and she
 * can ask; after the last pitch she votes in the award on the same page.
 */
@QuarkusTest
class AudienceJourneyTest extends BrowserJourney {

    @Inject
    LiveData data;

    @Inject
    AwardService award;

    /**
     * The page as a phone that opens it now. (The open page reloads itself when the stream tells it
     * the slot moved; a reload by hand at the same moment would race it, and so does closing it:
     * Chromium once never answered a close that came while the page was reloading itself. The
     * old page is left alone and goes when the context closes.)
     */
    private static Page fresh(BrowserContext context, String url) {
        Page page = context.newPage();
        page.navigate(url);
        return page;
    }

    @AfterEach
    void defaultTimeoutAgain() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void aliceAlwaysKnowsWhatIsOnAndWhatComesNext() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        LiveData.Night night = data.night();
        String api = "/api/events/" + night.eventId() + "/live/";
        String qa = home + "events/" + night.eventId() + "/qa";
        try (BrowserContext context = phone(new Browser.NewContextOptions().setBypassCSP(true)
                .setColorScheme(ColorScheme.DARK)
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Keycloak.accessToken("alice"))))) {
            Page page = fresh(context, qa);
            assertThat(page.locator(".qa-opens")).hasText(Pattern.compile("Questions open when Acme Robotics pitches, at \\d+:\\d\\d"));
            Locator agenda = page.locator(".qa-agenda .agenda-line");
            assertThat(agenda).hasCount(3);
            assertThat(page.locator(".qa-agenda [aria-current]")).hasCount(0);
            // Dark mode follows the phone: the page's background is dark, and axe still finds nothing serious.
            assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(17, 15, 24)");
            assertThat(Axe.run(page, Axe.WCAG_AA)).filteredOn(Axe.Violation::seriousOrCritical).isEmpty();
            screenshot(page, "audience-1-before-dark.png");

            as("olivia").post(api + "start").then().statusCode(200);
            page = fresh(context, qa);
            assertThat(page.locator(".qa-agenda [aria-current=step]")).containsText("Acme Robotics");
            assertThat(page.locator(".qa-agenda [aria-current=step] .agenda-now")).hasText("Now");
            assertThat(page.locator(".qa-opens")).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask"))).isVisible();
            assertThat(Axe.run(page, Axe.WCAG_AA)).filteredOn(Axe.Violation::seriousOrCritical).isEmpty();
            screenshot(page, "audience-2-pitch-dark.png");

            // The break: the next pitch's questions open when it starts.
            as("olivia").post(api + "next").then().statusCode(200);
            as("olivia").post(api + "start").then().statusCode(200);
            page = fresh(context, qa);
            assertThat(page.locator(".qa-agenda [aria-current=step]")).containsText("Break");
            assertThat(page.locator(".qa-opens")).containsText("Bolt Energy");

            as("olivia").post(api + "next").then().statusCode(200);
            as("olivia").post(api + "start").then().statusCode(200);
            as("olivia").post(api + "next").then().statusCode(200);
            as("olivia").post(api + "award-open").then().statusCode(200);
            page = fresh(context, qa);
            page.getByLabel(Pattern.compile("^Bolt Energy")).check();
            screenshot(page, "audience-3-award-dark.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vote").setExact(true)).click();
            assertThat(page.getByText("Thanks, your vote for the audience award is in.")).isVisible();
            assertThat(page.locator("h1")).hasText("Audience Q&A");
        }
        assertThat(award.votesCast(night.eventId())).isEqualTo(1);

        // The same page in the light, for someone not signed in: the way to vote is one sign-in away.
        try (BrowserContext context = phone(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT))) {
            Page page = context.newPage();
            page.navigate(qa);
            assertThat(page.evaluate("() => getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(251, 250, 247)");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to vote")))
                    .hasAttribute("href", "/events/" + night.eventId() + "/qa/signin");
            screenshot(page, "audience-4-ended-light.png");
        }
    }
}
