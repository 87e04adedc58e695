package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.privacy.Erasures;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A person of the test's own signs in, reads the privacy page, downloads their data and deletes their account. */
@QuarkusTest
class PrivacyJourneyTest extends BrowserJourney {

    static final String PAT = "pat15";

    @Inject
    TestData data;

    @Inject
    Erasures erasures;

    @Test
    void patDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        data.clear();
        Keycloak.ensureUser(PAT, "Pat Private");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, PAT, GroupMember.GroupRole.MEMBER);
        data.event(group, "Privacy Night", Event.Status.PUBLISHED, Duration.ofDays(14));

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(home + "privacy");
            assertThat(page.locator("h1")).hasText("Privacy: what Pitchnight keeps");
            assertThat(page.locator(".retention-nights")).containsText("365 days");
            screenshot(page, "privacy-page.png");

            page.navigate(home + "account/privacy");
            signInOnKeycloak(page, PAT);
            page.waitForURL("**/account/privacy");
            screenshot(page, "account-privacy.png");

            Download download = page.waitForDownload(() -> page.locator("#download-my-data").click());
            String json = Files.readString(download.path());
            assertThat(json).contains("\"username\":\"" + PAT + "\"").contains("\"group\":\"svnewtech\"");

            page.locator("#confirm").fill(PAT);
            page.getByText("Delete my account for good").click();
            assertThat(page.locator("h1")).hasText("Your account is being deleted");
            screenshot(page, "account-deleted.png");
        }
        assertThat(erasures.runDue()).isEqualTo(1);
        assertThat(Keycloak.userExists(PAT)).isFalse();
    }
}
