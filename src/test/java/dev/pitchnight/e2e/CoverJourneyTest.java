package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * olivia gives her night a cover and her group a logo from the edit pages, in a real browser: a renamed text
 * file comes back with the reason at the field, a photo becomes the night's cover on its page and in the list.
 */
@QuarkusTest
class CoverJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Test
    void oliviaUploadsACoverAndALogoThroughTheEditPages() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.event(group, "Palo Alto Pitch Night", Event.Status.PUBLISHED, Duration.ofDays(7));

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(home + "events/" + night.id + "/edit");
            signInOnKeycloak(page, "olivia");
            page.waitForURL(home + "events/" + night.id + "/edit");

            Locator file = page.getByLabel("Choose a cover picture");
            file.setInputFiles(new FilePayload("stage.png", "image/png", TestPictures.text()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload cover")).click();
            assertThat(page.locator("#cover-error")).hasText("This file is not a JPEG, PNG or WebP picture.");
            screenshot(page, "cover-refused.png");

            page.getByLabel("Choose a cover picture")
                    .setInputFiles(new FilePayload("stage.jpg", "image/jpeg", TestPictures.withGps(TestPictures.picture("jpg", 1600, 900))));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload cover")).click();
            page.waitForURL("**/events/" + night.id + "/edit#cover");
            Locator preview = page.getByAltText("The night's cover as it is now");
            assertThat(preview).isVisible();
            assertThat((Boolean) preview.evaluate("img => img.complete && img.naturalWidth === 800")).isTrue();
            screenshot(page, "cover-uploaded.png");

            page.navigate(home + "groups/svnewtech/edit");
            page.getByLabel("Choose a logo").setInputFiles(new FilePayload("logo.png", "image/png", TestPictures.transparentLogo(400)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload logo")).click();
            page.waitForURL("**/groups/svnewtech/edit#logo");

            page.navigate(home + "events/" + night.id);
            Locator cover = page.getByAltText("Cover picture of Palo Alto Pitch Night");
            assertThat(cover).isVisible();
            assertThat((Boolean) cover.evaluate("img => img.complete && img.naturalWidth === 1600")).isTrue();
            screenshot(page, "night-with-cover.png");

            page.navigate(home + "groups/svnewtech");
            assertThat(page.getByAltText("Logo of SV New Tech")).isVisible();
            assertThat((Boolean) page.locator(".event-card-cover").evaluate("img => img.complete && img.naturalWidth === 800")).isTrue();
            screenshot(page, "group-with-logo-and-cover-card.png");
        }
        assertThat(data.reload(night.id).coverHash).isNotNull();
    }
}
