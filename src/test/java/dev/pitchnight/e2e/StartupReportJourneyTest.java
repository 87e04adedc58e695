package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.report.ReportData;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * After the night, on phones: olivia shares Acme's review with a note and sends the reports;
 * sam opens Acme's report and finds the audience's questions, who connected, and the review.
 */
@QuarkusTest
class StartupReportJourneyTest extends BrowserJourney {

    @Inject
    LiveData live;

    @Inject
    ReportData reports;

    @Test
    void oliviaSharesAndSendsAndSamReadsHisReport() {
        LiveData.Night night = live.night(); // sam's Acme Robotics and Bolt Energy pitch; alice and bob have seats
        reports.question(night.eventId(), night.acmeSlot(), "How do you make money?", 7);
        reports.question(night.eventId(), night.acmeSlot(), "Who are your rivals?", 3);
        reports.card(night.eventId(), "sam", "Sam Founder", "CEO", "Acme Robotics", null);
        reports.card(night.eventId(), "alice", "Alice Angel", "Partner", "Angel Fund", "https://angel.example/alice");
        reports.connection(night.eventId(), "alice", "sam");
        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType(ContentType.JSON)
                .body("{\"team\":4,\"problem\":5,\"traction\":3,\"fit\":4,\"comment\":\"Only for organizers\"}")
                .put("/api/pitches/" + night.acmePitch() + "/review").then().statusCode(200);
        reports.endNight(night.eventId());
        String reportsUrl = home + "events/" + night.eventId() + "/reports";
        String acmeReport = home + "pitches/" + night.acmePitch() + "/report";

        try (BrowserContext oliviasPhone = phone()) {
            Page page = oliviasPhone.newPage();
            page.navigate(reportsUrl);
            signInOnKeycloak(page, "olivia");
            page.waitForURL(reportsUrl);
            page.locator("#share-" + night.acmePitch()).check();
            page.locator("#note-" + night.acmePitch()).fill("Great energy on stage. Work on the ask.");
            page.locator("#pitch-" + night.acmePitch()).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            page.waitForURL(reportsUrl + "#pitch-" + night.acmePitch());
            assertThat(page.locator("#share-" + night.acmePitch())).isChecked();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the reports")).click();
            page.waitForLoadState();
            screenshot(page, "reports-organizer.png");
        }
        assertThat(reports.reportMails()).hasSize(2);
        assertThat(reports.choices(night.acmePitch()).shareReview).isTrue();

        try (BrowserContext samsPhone = phone()) {
            Page page = samsPhone.newPage();
            page.navigate(acmeReport);
            signInOnKeycloak(page, "sam");
            page.waitForURL(acmeReport);
            assertThat(page.locator("h1")).hasText("Report for Acme Robotics");
            assertThat(page.locator("main")).containsText("How do you make money?");
            assertThat(page.locator("main")).containsText("Alice Angel");
            assertThat(page.locator("main")).containsText("Great energy on stage. Work on the ask.");
            assertThat(page.locator("main")).not().containsText("Only for organizers");
            screenshot(page, "report-founder.png");
        }
    }
}
