package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchData;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The pitch side of a night on phones: sam applies with a PDF deck, olivia reviews and accepts
 * the pitch and puts it into the agenda, and a visitor sees it on the night's page.
 */
@QuarkusTest
class PitchJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Inject
    PitchData pitches;

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void samPitchesOliviaAcceptsAndSlotsItAndTheAgendaShowsIt() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        pitches.call(night.id, Duration.ofDays(7), true);
        String nightUrl = home + "events/" + night.id;

        // sam applies from the night's page.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            assertThat(page.locator("#call")).containsText("Call for pitches");
            page.getByText("Apply to pitch").click();
            signInOnKeycloak(page, "sam");
            page.waitForURL(nightUrl + "/pitches/new");

            page.getByLabel("Company", new Page.GetByLabelOptions().setExact(true)).fill("Acme Robotics");
            page.getByLabel("One-liner").fill("Robots that fold your laundry");
            page.getByLabel("Problem").fill("Folding laundry takes\nhours every week.");
            page.getByLabel("Stage").selectOption("PROTOTYPE");
            page.getByLabel("Team members").fill("Sam Founder\nAda Lovelace");
            page.getByLabel("Contact email").fill("sam@acme.example");
            // A picture renamed to .pdf is refused by its content; the typed fields come back.
            page.getByLabel("PDF upload").setInputFiles(new FilePayload("deck.pdf", "application/pdf",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21, -60}));
            button(page, "Send the pitch").click();
            assertThat(page.locator("#deck-error")).hasText("must be a PDF file");
            assertThat(page.getByLabel("One-liner")).hasValue("Robots that fold your laundry");
            assertThat(pitches.pitchCount()).isZero();
            screenshot(page, "pitch-form-not-a-pdf.png");

            page.getByLabel("PDF upload").setInputFiles(new FilePayload("acme-deck.pdf", "application/pdf", PitchData.pdf()));
            button(page, "Send the pitch").click();
            page.waitForURL("**/pitches/mine**");
            assertThat(page.locator(".notice-success")).containsText("your pitch is in");
            assertThat(page.locator(".pitch-card")).containsText("Acme Robotics");
            assertThat(page.locator(".pitch-card .status")).hasText("Submitted");
            assertThat(page.getByText("Download the deck (PDF)")).isVisible();
            screenshot(page, "pitch-mine-submitted.png");

            // A form post without the CSRF token is refused and changes nothing.
            long id = pitches.onlyPitchId();
            APIResponse forged = context.request().post(home + "pitches/" + id + "/withdraw",
                    RequestOptions.create().setForm(FormData.create()).setMaxRedirects(0));
            assertThat(forged.status()).isEqualTo(400);
            assertThat(pitches.reload(id).status).isEqualTo(Pitch.Status.SUBMITTED);
            // So is a forged multipart application.
            APIResponse forgedPitch = context.request().post(nightUrl + "/pitches", RequestOptions.create()
                    .setMultipart(FormData.create().set("company", "Forged Inc").set("oneLiner", "x").set("problem", "y")
                            .set("stage", "IDEA").set("contactEmail", "x@example.com"))
                    .setMaxRedirects(0));
            assertThat(forgedPitch.status()).isEqualTo(400);
            assertThat(pitches.pitchCount()).isEqualTo(1);
        }
        long pitchId = pitches.onlyPitchId();
        assertThat(pitches.deckCount()).isEqualTo(1);
        assertThat(pitches.mails(OutboxMail.Kind.PITCH_RECEIVED)).hasSize(1);

        // olivia reviews, accepts and lays out the night.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(nightUrl + "/review");
            signInOnKeycloak(page, "olivia");
            page.waitForURL(nightUrl + "/review");
            assertThat(page.locator("#pitch-" + pitchId)).containsText("Acme Robotics");
            assertThat(page.locator("#pitch-" + pitchId)).containsText("0 reviews");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Acme Robotics")).click();
            assertThat(page.locator("h1")).hasText("Acme Robotics");
            assertThat(page.locator(".pitch-facts")).containsText("sam@acme.example"); // organizers see the contact
            page.locator("label.score:has(input[name=team][value='5'])").click();
            page.locator("label.score:has(input[name=problem][value='4'])").click();
            page.locator("label.score:has(input[name=traction][value='3'])").click();
            page.locator("label.score:has(input[name=fit][value='4'])").click();
            page.getByLabel("Comment").fill("Strong team, clear problem.");
            screenshot(page, "pitch-review-form.png");
            button(page, "Save the review").click();
            page.waitForURL(nightUrl + "/review");
            assertThat(page.locator("#pitch-" + pitchId + " .mean")).hasText("Score 4.00");
            assertThat(page.locator("#pitch-" + pitchId)).containsText("1 review");

            button(page, "Accept Acme Robotics").click();
            assertThat(page.locator("#pitch-" + pitchId + " .status")).hasText("Accepted");
            screenshot(page, "pitch-review-accepted.png");
            assertThat(pitches.mails(OutboxMail.Kind.PITCH_ACCEPTED)).hasSize(1);

            page.navigate(nightUrl + "/agenda");
            page.getByLabel("What").selectOption("DOORS");
            page.getByLabel("Minutes", new Page.GetByLabelOptions().setExact(true)).fill("30");
            button(page, "Add the item").click();
            page.getByLabel("Accepted pitch").selectOption(Long.toString(pitchId));
            button(page, "Add the slot").click();
            Locator lines = page.locator(".agenda-editor .agenda-line");
            assertThat(lines).hasCount(2);
            assertThat(lines.nth(1)).containsText("Acme Robotics");
            assertThat(lines.nth(1)).containsText("5 min pitch + 3 min Q&A");
            String doorsTime = lines.nth(0).locator(".agenda-time time").first().innerText();
            // The ↑ button (no JavaScript needed) moves the pitch first; times follow.
            button(page, "Move item 2 up").click();
            assertThat(lines.nth(0)).containsText("Acme Robotics");
            assertThat(lines.nth(0).locator(".agenda-time time").first()).hasText(doorsTime);
            screenshot(page, "agenda-editor.png");
            button(page, "Move item 1 down").click();
            assertThat(lines.nth(1)).containsText("Acme Robotics");
            // Q&A gets a minute more; the slot ends a minute later.
            String endBefore = lines.nth(1).locator(".agenda-time time").last().innerText();
            lines.nth(1).locator("summary").click();
            lines.nth(1).getByLabel("Q&A minutes").fill("4");
            lines.nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(lines.nth(1)).containsText("5 min pitch + 4 min Q&A");
            assertThat(lines.nth(1).locator(".agenda-time time").last()).not().hasText(endBefore);
            // Where JavaScript runs, dragging does the same.
            lines.nth(1).dragTo(lines.nth(0));
            assertThat(lines.nth(0)).containsText("Acme Robotics");
            assertThat(pitches.slotPositionOf(pitchId)).isEqualTo(1);
            button(page, "Move item 1 down").click();
            assertThat(lines.nth(1)).containsText("Acme Robotics");
        }

        // Anyone sees the agenda and the startup on the night's page.
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(nightUrl);
            Locator agenda = page.locator("#agenda .agenda-line");
            assertThat(agenda).hasCount(2);
            assertThat(agenda.nth(0)).containsText("Doors open");
            assertThat(agenda.nth(1)).containsText("Acme Robotics");
            assertThat(agenda.nth(1)).containsText("Robots that fold your laundry");
            assertThat(page.locator("#startups")).containsText("Acme Robotics");
            assertThat(page.locator("body")).not().containsText("sam@acme.example");
            page.locator("#agenda").scrollIntoViewIfNeeded();
            screenshot(page, "event-agenda-public.png");
        }
    }
}
