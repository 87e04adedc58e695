package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.support.BrowserJourney;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The live night in four browsers: olivia runs it from her phone, the projector shows the stage
 * view, alice asks from her phone, bob upvotes; the stage shows the question and its vote
 * without a reload.
 */
@QuarkusTest
class LiveNightJourneyTest extends BrowserJourney {

    @Inject
    LiveData data;

    @Test
    void oliviaStartsTheSlotAliceAsksBobUpvotesAndTheStageShowsItLive() {
        LiveData.Night night = data.night();
        String control = home + "events/" + night.eventId() + "/live";
        String audience = home + "events/" + night.eventId() + "/qa";

        try (BrowserContext olivia = phone(); BrowserContext projector = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 720));
             BrowserContext alice = phone(); BrowserContext bob = phone()) {
            Page live = olivia.newPage();
            live.navigate(control);
            signInOnKeycloak(live, "olivia");
            live.waitForURL(control);
            String stageUrl = live.getByText("Stage view (projector)").getAttribute("href");

            Page stage = projector.newPage();
            stage.navigate(home + stageUrl.substring(1));
            // Before the start the stage shows the night and its run of show, Acme first.
            assertThat(stage.locator(".stage-run li").first()).containsText("Acme Robotics");

            live.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
            assertThat(live.locator("[data-clock]")).hasText(Pattern.compile("[45]:[0-5]\\d"));
            // The stage learns of it over its stream and counts down in the browser.
            assertThat(stage.locator(".stage-phase")).containsText("Pitch");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("4:5\\d|5:00"));
            String first = stage.locator(".stage-clock").textContent();
            assertThat(stage.locator(".stage-clock")).not().hasText(first); // waits until the clock ticks
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "normal");
            screenshot(stage, "live-stage-pitch.png");
            screenshot(live, "live-control.png");

            live.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start Q&A")).click();
            assertThat(stage.locator(".stage-phase")).containsText("Questions");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("2:5\\d|3:00"));

            Page asking = alice.newPage();
            asking.navigate(audience);
            asking.getByText("Sign in to ask and vote").click();
            signInOnKeycloak(asking, "alice");
            asking.waitForURL(Pattern.compile(".*/events/" + night.eventId() + "/qa.*"));
            asking.getByLabel("Your question to Acme Robotics").fill("How do you <b>scale</b> the robots?");
            asking.getByLabel(Pattern.compile("Ask anonymously")).check();
            asking.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask")).click();
            assertThat(asking.locator(".question-text")).hasText("How do you <b>scale</b> the robots?");
            assertThat(asking.locator(".question-meta")).containsText("yours");
            screenshot(asking, "live-audience-asked.png");

            // The stage shows it without a reload.
            assertThat(stage.locator(".stage-question-list li")).containsText("How do you <b>scale</b> the robots?");

            Page voting = bob.newPage();
            voting.navigate(audience);
            voting.getByText("Sign in to ask and vote").click();
            signInOnKeycloak(voting, "bob");
            voting.waitForURL(Pattern.compile(".*/events/" + night.eventId() + "/qa.*"));
            assertThat(voting.locator(".question-meta")).containsText("Anonymous");
            voting.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upvote")).click();
            assertThat(voting.locator("[data-votes]")).hasText("1 vote");
            assertThat(voting.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take my vote back"))).isVisible();
            screenshot(voting, "live-audience-voted.png");

            assertThat(stage.locator(".stage-votes").first()).hasText("1");
            // Alice's page got the vote too, and the moderator sees who asked.
            assertThat(asking.locator("[data-votes]")).hasText("1 vote");
            assertThat(live.locator(".live-moderation")).containsText("(alice)");
            assertThat(stage.locator("body")).not().containsText("alice");
            screenshot(stage, "live-stage-qa.png");
            screenshot(live, "live-control-qa.png");

            // The last minute is amber, over time red and flashing (the same on any screen that loads it).
            data.shift(night.eventId(), Duration.ofSeconds(150));
            stage.reload();
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "warning");
            screenshot(stage, "live-stage-last-minute.png");
            data.shift(night.eventId(), Duration.ofSeconds(60));
            stage.reload();
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "over");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("-0:[0-5]\\d"));
        }
        assertThat(data.changes(night.eventId())).hasSizeGreaterThanOrEqualTo(4);
    }
}
