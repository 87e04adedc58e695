package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pitchnight.checkin.AttendanceRule;
import dev.pitchnight.checkin.DoorData;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The no-show rule on a phone: bob missed the group's last two nights, so his RSVP waits with
 * seats free and the page tells him why; olivia lets him in from the attendee list.
 */
@QuarkusTest
class HeldBackJourneyTest extends BrowserJourney {

    @Inject
    TestData data;

    @Inject
    DoorData door;

    @Test
    void bobIsHeldBackAndOliviaLetsHimIn() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        data.member(group, "olivia", GroupMember.GroupRole.OWNER);
        for (int daysAgo : new int[] {20, 10}) {
            Event past = data.event(group, "Night " + daysAgo + " days ago", Event.Status.COMPLETED, Duration.ofDays(-daysAgo));
            door.seat(past.id, "bob", 0);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            AttendanceRule rule = new AttendanceRule();
            rule.groupId = group.id;
            rule.noShowLimit = 2;
            rule.updatedAt = Instant.now();
            rule.updatedBy = "olivia";
            rule.persist();
        });
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 0);
        String nightUrl = home + "events/" + night.id;

        try (BrowserContext bobsPhone = phone()) {
            Page page = bobsPhone.newPage();
            page.navigate(nightUrl);
            page.getByText("Sign in to RSVP").click();
            signInOnKeycloak(page, "bob");
            page.waitForURL(nightUrl + "#rsvp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("RSVP")).click();
            assertThat(page.locator(".rsvp-status-line")).containsText("You're number 1 on the waitlist.");
            assertThat(page.locator(".rsvp-held")).containsText("Your place is held back until");
            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            screenshot(page, "held-back-bob.png");
        }
        assertThat(data.rsvps(night.id)).singleElement().satisfies(rsvp -> {
            assertThat(rsvp.status).isEqualTo(Rsvp.Status.WAITLISTED);
            assertThat(rsvp.heldUntil).isCloseTo(night.startsAt.minus(Duration.ofHours(24)), Assertions.within(1, ChronoUnit.SECONDS));
        });

        try (BrowserContext oliviasPhone = phone()) {
            Page page = oliviasPhone.newPage();
            page.navigate(nightUrl + "/attendees");
            signInOnKeycloak(page, "olivia");
            page.waitForURL(nightUrl + "/attendees");
            assertThat(page.locator(".chip-held")).containsText("held back until");
            screenshot(page, "held-back-attendees.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Let bob in now")).click();
            page.waitForURL(nightUrl + "/attendees#waitlist");
            assertThat(page.locator("table.people").first()).containsText("bob");
            assertThat(page.locator(".chip-held")).hasCount(0);
            screenshot(page, "held-back-let-in.png");
        }
        assertThat(data.rsvps(night.id)).singleElement().satisfies(rsvp -> {
            assertThat(rsvp.status).isEqualTo(Rsvp.Status.CONFIRMED);
            assertThat(rsvp.heldUntil).isNull();
        });
    }
}
