package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.MailSender;
import dev.pitchnight.notify.NotificationPreference;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MailServer;
import dev.pitchnight.support.MailServer.Received;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's journey, on phones: olivia announces next month's night in one click (a copy of this
 * one), gives it a cover, publishes it and writes to the people coming; alice's mail arrives (read
 * over IMAP) in Pitchnight's look, and she stops organizers' messages from its link with one click.
 * The night's link, as a chat app would preview it from its Open Graph tags, shows the cover.
 */
@QuarkusTest
class MessageJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Inject
    MailSender sender;

    @Inject
    NotificationPreferences preferences;

    @Test
    void oliviaAnnouncesTheNextNightWritesToAttendeesAndAliceReadsAndUnsubscribes() {
        data.clear();
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
        MailServer.clear("alice@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event thisMonth = data.night(group, "Palo Alto Pitch Night", 195, 1);
        long next;

        try (BrowserContext oliviasPhone = phone()) {
            Page page = oliviasPhone.newPage();
            // The next night in one click: a draft with this night's details, four weeks on.
            page.navigate(home + "events/" + thisMonth.id + "/copy");
            signInOnKeycloak(page, "olivia");
            page.waitForURL(home + "events/" + thisMonth.id + "/copy");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the draft")).click();
            page.waitForURL("**/events/*/edit");
            next = Long.parseLong(page.url().replaceAll(".*/events/(\\d+)/edit.*", "$1"));
            assertThat(next).isNotEqualTo(thisMonth.id);
            assertThat(data.reload(next).status).isEqualTo(Event.Status.DRAFT);

            page.getByLabel("Choose a cover picture")
                    .setInputFiles(new FilePayload("stage.jpg", "image/jpeg", TestPictures.picture("jpg", 1600, 900)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload cover")).click();
            page.waitForURL("**/events/" + next + "/edit#cover");
            page.locator("#status").selectOption("PUBLISHED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            page.waitForURL(home + "events/" + next);
            assertThat(page.getByAltText("Cover picture of Palo Alto Pitch Night")).isVisible();
            screenshot(page, "next-night-published.png");
            assertThat(data.reload(next).status).isEqualTo(Event.Status.PUBLISHED);

            given().auth().oauth2(Keycloak.accessToken("alice")).contentType(ContentType.JSON).body("{}")
                    .put("/api/events/" + next + "/rsvp").then().statusCode(200);

            String messagesUrl = home + "events/" + next + "/messages";
            page.navigate(messagesUrl);
            page.getByLabel("Subject").fill("Doors move to 6 pm");
            page.getByLabel("Message").fill("Doors open at **6 pm** sharp.\n\n- bring your badge\n- parking on level 2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            page.waitForURL("**/messages?sent=1");
            assertThat(page.locator(".messages-sent")).hasText("Sent to 1 person.");
            assertThat(page.locator(".sent-messages")).containsText("Doors move to 6 pm");
            screenshot(page, "messages-organizer.png");
        }

        sender.sendDue();
        Received mail = MailServer.awaitMail("alice@pitchnight.test", "Palo Alto Pitch Night: Doors move to 6 pm");
        assertThat(mail.html()).contains("<strong>6 pm</strong>");
        String unsubscribe = mail.header("List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<" + home + "unsubscribe/");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

        try (BrowserContext alicesPhone = phone()) {
            Page page = alicesPhone.newPage();
            page.setContent(mail.html()); // the mail as her mail program shows it
            assertThat(page.locator("strong")).hasText("6 pm");
            screenshot(page, "message-mail.png");

            // The link in the mail's footer: no sign-in, one button.
            page.getByText("Unsubscribe from these mails").click();
            page.waitForURL("**/unsubscribe/**");
            assertThat(page.locator(".unsubscribe-question")).containsText("Stop messages from organizers for alice?");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe")).click();
            assertThat(page.locator(".unsubscribe-done")).hasText("alice no longer gets messages from organizers.");
            screenshot(page, "unsubscribed.png");
        }
        assertThat(preferences.of("alice")).isEqualTo(new NotificationPreferences.Choices(true, true, false));

        // The shared link: what a chat app reads from the page (no sign-in) and shows as its preview card.
        try (BrowserContext chat = browser.newContext(new Browser.NewContextOptions().setViewportSize(560, 480))) {
            Page page = chat.newPage();
            page.navigate(home + "events/" + next);
            Map<String, String> tags = Map.of(
                    "title", page.locator("meta[property='og:title']").getAttribute("content"),
                    "description", page.locator("meta[property='og:description']").getAttribute("content"),
                    "image", page.locator("meta[property='og:image']").getAttribute("content"),
                    "url", page.locator("meta[property='og:url']").getAttribute("content"));
            assertThat(tags.get("title")).isEqualTo("Palo Alto Pitch Night");
            assertThat(tags.get("description")).contains("SV New Tech");
            assertThat(tags.get("image")).startsWith(home + "events/" + next + "/cover/").endsWith("/share");
            assertThat(page.locator("meta[name='twitter:card']").getAttribute("content")).isEqualTo("summary_large_image");
            // The card is a page of its own (not under the night page's content security policy), with
            // the picture as the chat app fetched it.
            byte[] picture = given().get(tags.get("image")).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
            page.navigate("about:blank");
            page.setContent("""
                    <body style="margin:24px;background:#f0f2f5;font-family:sans-serif">
                    <div style="max-width:500px;background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 1px 3px #0003">
                      <img id="image" alt="" style="display:block;width:100%;aspect-ratio:1200/630;object-fit:cover">
                      <div style="padding:12px 16px"><div id="host" style="color:#65676b;font-size:13px;text-transform:uppercase"></div>
                      <div id="title" style="font-weight:600;font-size:17px;margin:4px 0"></div>
                      <div id="description" style="color:#65676b;font-size:15px"></div></div>
                    </div></body>""");
            page.evaluate("""
                    tags => { document.getElementById('image').src = tags.picture;
                              document.getElementById('host').textContent = new URL(tags.url).host;
                              document.getElementById('title').textContent = tags.title;
                              document.getElementById('description').textContent = tags.description; }""",
                    Map.of("picture", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(picture), "url", tags.get("url"),
                            "title", tags.get("title"), "description", tags.get("description")));
            page.waitForFunction("() => { const i = document.getElementById('image'); return i.complete && i.naturalWidth > 0; }");
            assertThat((Number) page.evaluate("() => document.getElementById('image').naturalWidth")).isEqualTo(1200);
            screenshot(page, "link-preview-card.png");
        }
    }
}
