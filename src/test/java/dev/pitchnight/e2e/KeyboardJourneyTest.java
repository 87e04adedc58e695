package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.pitchnight.live.LiveData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.qa.Question;
import dev.pitchnight.qa.QuestionRows;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.Browsers;
import dev.pitchnight.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two journeys an attendee must manage without a mouse: RSVP and cancel, and ask and upvote
 * during a live slot. Only keys (Tab, Shift+Tab, Enter, Space, typing) after the first page load;
 * at every stop the test names the element that must have the focus and checks that the focus
 * can be seen: a ring of at least 2 px, on screen, with 3:1 contrast to what is around it.
 */
@QuarkusTest
class KeyboardJourneyTest extends BrowserJourney {

    /** Generous for a busy two-core machine: the page may still be loading when a key is pressed. */
    private static final double FOCUS_WAIT_MS = 20_000;

    @Inject
    TestData data;

    @Inject
    LiveData live;

    @Inject
    QuestionRows questions;

    @Test
    void aliceRsvpsAndCancelsWithTheKeyboardOnly() {
        data.clear();
        MeetupGroup group = data.group("svnewtech", "SV New Tech");
        Event night = data.night(group, "Palo Alto Pitch Night", 195, 1);
        String nightUrl = home + "events/" + night.id;

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(nightUrl);

            // The first Tab shows the skip link; Enter takes the focus past the header into the page.
            press(page, "Tab", ".skip-link");
            shoot(page, "keyboard-skip-link");
            page.keyboard().press("Enter");
            expectFocus(page, "main#main", false);
            press(page, "Tab", "main .eyebrow a[href='/groups/svnewtech']");
            // The night is two weeks away: no "Live Q&A" link yet (it shows on the night's day).
            press(page, "Tab", "main a[href='/events/" + night.id + "/rsvp']");
            page.keyboard().press("Enter");

            signInWithKeyboard(page, "alice");
            page.waitForURL(nightUrl + "#rsvp");

            // Back at the RSVP panel: the next Tab starts there, not at the top of the page.
            press(page, "Tab", "select#guests");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#guests")).hasValue("1");
            press(page, "Tab", "#rsvp button[type=submit]");
            assertThat(page.locator("#rsvp button[type=submit]")).hasText("RSVP");
            shoot(page, "keyboard-rsvp-button");
            page.keyboard().press("Enter");

            assertThat(page.locator(".rsvp-status-line")).containsText("You're going.");
            assertThat(data.rsvps(night.id)).singleElement()
                    .satisfies(rsvp -> assertThat(rsvp.status).isEqualTo(Rsvp.Status.CONFIRMED))
                    .satisfies(rsvp -> assertThat(rsvp.seats).isEqualTo(2));

            press(page, "Tab", "#rsvp a[href='/events/" + night.id + "/ticket']");
            press(page, "Tab", "#rsvp a[href='/events/" + night.id + "/network']");
            press(page, "Tab", "select#guests");
            press(page, "Tab", ".rsvp-form button[type=submit]");
            press(page, "Tab", ".rsvp-cancel button[type=submit]");
            // Shift+Tab goes back the same way.
            press(page, "Shift+Tab", ".rsvp-form button[type=submit]");
            press(page, "Tab", ".rsvp-cancel button[type=submit]");
            assertThat(page.locator(".rsvp-cancel button")).hasText("Cancel my RSVP");
            shoot(page, "keyboard-cancel-button");
            page.keyboard().press("Space");

            assertThat(page.locator(".seats-left")).hasText("195 seats left");
            assertThat(page.locator("#rsvp button[type=submit]")).hasText("RSVP");
            assertThat(data.rsvps(night.id)).singleElement()
                    .satisfies(rsvp -> assertThat(rsvp.status).isEqualTo(Rsvp.Status.CANCELLED));
            press(page, "Tab", "select#guests");
        }
    }

    @Test
    void aliceAsksAndUpvotesDuringALiveSlotWithTheKeyboardOnly() {
        LiveData.Night night = live.night();
        as("olivia").post("/api/events/" + night.eventId() + "/live/start").then().statusCode(200);
        long bobs = ((Number) as("bob").body("{\"text\":\"Who are your first customers?\"}")
                .post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201).extract().path("id")).longValue();
        String qa = home + "events/" + night.eventId() + "/qa";

        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            page.navigate(qa);
            assertThat(page.locator(".live-slot")).containsText("Acme Robotics");

            press(page, "Tab", ".skip-link");
            page.keyboard().press("Enter");
            expectFocus(page, "main#main", false);
            press(page, "Tab", "main .eyebrow a");
            press(page, "Tab", "main a[href='/events/" + night.eventId() + "/qa/signin']");
            page.keyboard().press("Enter");

            signInWithKeyboard(page, "alice");
            page.waitForURL(Pattern.compile(".*/events/" + night.eventId() + "/qa#questions"));

            // The page comes back at the questions; the form to ask is just before them.
            press(page, "Shift+Tab", "#ask-form button[type=submit]");
            press(page, "Shift+Tab", "input#anonymous");
            press(page, "Shift+Tab", "textarea#question-text");
            page.keyboard().type("Which robot sells best?");
            press(page, "Tab", "input#anonymous");
            page.keyboard().press("Space");
            assertThat(page.locator("#anonymous")).isChecked();
            press(page, "Tab", "#ask-form button[type=submit]");
            shoot(page, "keyboard-ask-button");
            page.keyboard().press("Enter");

            assertThat(page.locator(".question-meta").filter(new Locator.FilterOptions()
                    .setHasText("yours"))).containsText("Anonymous");
            assertThat(questions.ofSlot(night.acmeSlot())).hasSize(2).last().satisfies(q -> {
                assertThat(q.asker).isEqualTo("alice");
                assertThat(q.text).isEqualTo("Which robot sells best?");
                assertThat(q.anonymous).isTrue();
                assertThat(q.status).isEqualTo(Question.Status.VISIBLE);
            });

            // Her own question has no vote button: the next stop after the sort link is bob's.
            press(page, "Tab", "#questions .sort-links a");
            press(page, "Tab", "#q-" + bobs + " button[type=submit]");
            assertThat(page.locator("#q-" + bobs + " button")).hasText("Upvote");
            page.evaluate(COUNT_SWAPS);
            page.keyboard().press("Space");

            // The vote is sent without a reload and the list redrawn: the focus stays on the same button.
            assertThat(page.locator("#q-" + bobs + " [data-votes]")).hasText("1 vote");
            assertThat(page.locator("#q-" + bobs + " button")).hasText("Take my vote back");
            assertThat(page.locator("#q-" + bobs + " button")).hasAttribute("aria-pressed", "true");
            expectFocus(page, "#q-" + bobs + " button[type=submit]", true);
            assertThat(questions.voters(bobs)).containsExactly("alice");
            assertThat(questions.ofSlot(night.acmeSlot()).get(0).votes).isEqualTo(1);
            shoot(page, "keyboard-voted");

            // The stream tells every page of the vote, so the list is redrawn once more: the focus stays.
            page.waitForFunction("() => window.questionSwaps >= 2", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            expectFocus(page, "#q-" + bobs + " button[type=submit]", true);
            press(page, "Shift+Tab", "#questions .sort-links a");
            press(page, "Tab", "#q-" + bobs + " button[type=submit]");
        }
    }

    /** Keycloak's own login form, by keyboard: the user name field has the focus when it opens. */
    private static void signInWithKeyboard(Page page, String user) {
        page.waitForURL("**/realms/pitchnight/**");
        if (!focusIs(page, "#username")) {
            press(page, "Tab", "#username");
        }
        page.keyboard().type(user);
        press(page, "Tab", "#password", false);
        page.keyboard().type(user);
        page.keyboard().press("Enter");
    }

    /** Presses a key and expects the focus on this element, with a focus ring one can see. */
    private static void press(Page page, String key, String selector) {
        press(page, key, selector, true);
    }

    private static void press(Page page, String key, String selector, boolean ring) {
        page.keyboard().press(key);
        expectFocus(page, selector, ring);
    }

    private static boolean focusIs(Page page, String selector) {
        try {
            page.waitForFunction("s => document.activeElement && document.activeElement.matches(s)", selector,
                    new Page.WaitForFunctionOptions().setTimeout(FOCUS_WAIT_MS));
            return true;
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static void expectFocus(Page page, String selector, boolean ring) {
        if (!focusIs(page, selector)) {
            throw new AssertionError("expected the focus on " + selector + " at " + page.url() + " but it is on "
                    + page.evaluate(FOCUSED));
        }
        if (!ring) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS_STYLE);
        assertThat(focus).as("focus style of %s", selector)
                .containsEntry("focusVisible", true)
                .containsEntry("ring", true)
                .containsEntry("onScreen", true);
        assertThat(((Number) focus.get("contrast")).doubleValue()).as("contrast of the focus ring of %s: %s", selector, focus)
                .isGreaterThanOrEqualTo(3.0);
    }

    /** A phone- and a desktop-sized picture of the same moment, focus ring included. */
    private static void shoot(Page page, String name) {
        var size = page.viewportSize();
        for (int[] viewport : new int[][] {{390, 844}, {1280, 800}}) {
            page.setViewportSize(viewport[0], viewport[1]);
            page.evaluate("() => document.activeElement && document.activeElement.scrollIntoView({block: 'center'})");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Browsers.SCREENSHOTS.resolve(name + (viewport[0] < 600 ? "-phone" : "-desktop") + ".png")));
        }
        page.setViewportSize(size.width, size.height);
    }

    /** Counts how often the questions part is swapped for a fresh one (after the vote's answer, and after the stream's news). */
    private static final String COUNT_SWAPS = """
            () => { window.questionSwaps = 0;
              new MutationObserver(changes => changes.forEach(c => c.addedNodes.forEach(n => {
                if (n.nodeType === 1 && n.matches('[data-live-part="questions"]')) window.questionSwaps++;
              }))).observe(document.body, { childList: true, subtree: true }); }""";

    private static final String FOCUSED = """
            () => { const e = document.activeElement;
              return !e ? 'nothing' : e.outerHTML.slice(0, 160); }""";

    /** The focused element's ring: outline (or box-shadow), whether it shows, and its contrast to the background behind it. */
    private static final String FOCUS_STYLE = """
            () => {
              const el = document.activeElement;
              const s = getComputedStyle(el);
              const rgba = c => (c.match(/[\\d.]+/g) || []).map(Number);
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                                 return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
              let behind = [255, 255, 255];
              for (let p = el.parentElement; p; p = p.parentElement) {
                const c = rgba(getComputedStyle(p).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { behind = c; break; }
              }
              const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
              const shadow = s.boxShadow && s.boxShadow !== 'none';
              const l1 = lum(rgba(s.outlineColor)), l2 = lum(behind);
              const r = el.getBoundingClientRect();
              return { focusVisible: el.matches(':focus-visible'), ring: outline || !!shadow,
                       outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, behind: behind.join(','),
                       contrast: outline ? (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) : 21,
                       onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth };
            }""";
}
