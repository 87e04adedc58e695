package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.MailSender;
import dev.pitchnight.notify.NotificationPreference;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MailServer;
import dev.pitchnight.support.MailServer.Received;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * On phones: olivia writes to the people coming; alice's mail arrives (read over IMAP) with the
 * message in Pitchnight's look, and she stops organizers' messages from the link in it with one click.
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
    void oliviaWritesToAttendeesAndAliceReadsAndUnsubscribes() {
        data.clear();
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.deleteAll());
        MailServer.clear("alice@pitchnight.test");
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        given().auth().oauth2(Keycloak.accessToken("alice")).contentType(ContentType.JSON).body("{}")
                .put("/api/events/" + night.id + "/rsvp").then().statusCode(200);
        String messagesUrl = home + "events/" + night.id + "/messages";

        try (BrowserContext oliviasPhone = phone()) {
            Page page = oliviasPhone.newPage();
            page.navigate(messagesUrl);
            signInOnKeycloak(page, "olivia");
            page.waitForURL(messagesUrl);
            page.getByLabel("Subject").fill("Doors move to 6 pm");
            page.getByLabel("Message").fill("Doors open at **6 pm** sharp.\n\n- bring your badge\n- parking on level 2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
            page.waitForURL("**/messages?sent=1");
            assertThat(page.locator(".messages-sent")).hasText("Sent to 1 people.");
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
    }
}
