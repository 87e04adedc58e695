package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.checkin.DoorData;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The door survives the venue: olivia opens the check-in page once with network, the Wi-Fi goes,
 * she reloads the page (the service worker serves it), scans two tickets and finds a name without
 * network, and when the network is back both check-ins reach the database exactly once.
 */
@QuarkusTest
class DoorOfflineTest extends BrowserJourney {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    @Test
    void theDoorReloadsScansAndSearchesWithoutNetwork() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        String bobsToken = rsvp(night, "bob");
        String samsToken = rsvp(night, "sam");
        rsvp(night, "alice");
        String doorUrl = home + "events/" + night.id + "/checkin";

        try (BrowserContext phone = phone()) {
            Page page = phone.newPage();
            page.navigate(doorUrl);
            signInOnKeycloak(page, "olivia");
            page.waitForURL(doorUrl);
            assertThat(page.locator("h1")).hasText("Check-in");
            // Installable: the manifest is linked and names its icons; the service worker takes over the door.
            assertThat(page.locator("link[rel=manifest]")).hasAttribute("href", "/door-manifest.json");
            Object manifest = page.evaluate("() => fetch('/door-manifest.json').then(r => r.json()).then(m => m.icons.map(i => i.sizes))");
            assertThat(manifest.toString()).contains("192x192").contains("512x512");
            page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
            // The first load happened before the worker was there: one more with network lets it keep the page.
            page.reload();
            page.waitForFunction("() => !!navigator.serviceWorker.controller");

            phone.setOffline(true);
            Response reloaded = page.reload();
            assertThat(reloaded.fromServiceWorker()).as("the page came from the service worker").isTrue();
            assertThat(page.locator("h1")).hasText("Check-in");
            assertThat(page.getByText("Scan with the camera")).isVisible(); // the scripts came from the cache too
            for (String token : new String[] {bobsToken, samsToken}) {
                page.getByLabel("Ticket code").fill(token);
                page.getByLabel("Ticket code").press("Enter");
                assertThat(page.locator("#result")).containsText("No network");
            }
            assertThat(page.locator("[data-queue]")).containsText("Scans waiting to be sent: 2");
            // Kept in IndexedDB, not only in the page: the queue outlives the tab.
            Object stored = page.evaluate("""
                    () => new Promise(resolve => { const open = indexedDB.open('pitchnight-door', 1);
                      open.onsuccess = () => { const get = open.result.transaction('queues').objectStore('queues')
                        .get('pitchnight.checkin.queue.' + document.getElementById('scanner').dataset.event);
                        get.onsuccess = () => resolve(get.result.length); }; })""");
            assertThat(((Number) stored).intValue()).isEqualTo(2);

            page.getByLabel("Name (or part of it)").fill("ali");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator("[data-offline-found]")).containsText("No network: searched the door list");
            assertThat(page.locator("[data-offline-found] .door-name")).hasText("alice");
            screenshot(page, "door-offline-reloaded.png");
            assertThat(door.checkins(night.id)).isEmpty();

            phone.setOffline(false);
            assertThat(page.locator("[data-queue]")).isHidden(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsHiddenOptions().setTimeout(30_000));
            assertThat(page.locator("[data-checked-in]")).hasText("2");
            screenshot(page, "door-offline-back-online.png");
        }
        assertThat(door.checkins(night.id)).extracting(row -> row.username).containsExactlyInAnyOrder("bob", "sam");
    }

    private static String rsvp(Event night, String person) {
        return RestAssured.given().auth().oauth2(Keycloak.accessToken(person)).contentType(ContentType.JSON)
                .body(Map.of("guests", 0)).put("/api/events/" + night.id + "/rsvp")
                .then().statusCode(200).extract().path("ticketToken");
    }
}
