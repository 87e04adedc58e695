package dev.pitchnight.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.pitchnight.live.LiveData.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import dev.pitchnight.live.LiveData;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.Axe;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.HtmlValidate;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The stage view must be readable from the back row of a dim room, off a washed-out projector:
 * at 1920×1080, in each state of a slot, axe finds no serious or critical WCAG A/AA violation
 * and nothing under AAA contrast; every text on the stage has 7:1 to the background whatever
 * its size (stricter than AAA, which lets large text off at 4.5:1); the countdown is at least
 * 10 % of the screen's height (and 96 px); and everything fits on the one screen, no scrolling.
 */
@QuarkusTest
class StageProjectorTest extends BrowserJourney {

    @Inject
    LiveData data;

    @Test
    void theStageIsReadableFromTheBackRowInEveryState() {
        LiveData.Night night = data.night();
        String api = "/api/events/" + night.eventId() + "/live/";
        String key = as("olivia").get(api + "stage").then().statusCode(200).extract().path("stageKey");
        String stageUrl = home + "stage/" + key;
        List<String> problems = new ArrayList<>();
        // The group has a logo: the stage shows it before the night starts.
        as("olivia").contentType("image/png").body(TestPictures.transparentLogo(400))
                .put("/api/groups/svnewtech/logo").then().statusCode(200);

        try (BrowserContext projector = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1920, 1080).setBypassCSP(true))) {
            Page stage = projector.newPage();

            stage.navigate(stageUrl);
            // Before the start: the night, a countdown to it, the run of show and the way into the Q&A.
            assertThat(stage.locator(".stage-company")).hasText("Palo Alto Pitch Night");
            assertThat(stage.getByAltText("Logo of SV New Tech")).isVisible();
            assertThat((Boolean) stage.locator(".stage-logo").evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();
            // Two weeks ahead, the countdown counts days; on the night's day it counts down to the minute.
            assertThat(stage.locator(".stage-clock")).hasText("in 14 days");
            assertThat(stage.locator(".stage-run li")).hasText(new Pattern[] {Pattern.compile("Acme Robotics"),
                    Pattern.compile("Break"), Pattern.compile("Bolt Energy")});
            assertThat(stage.locator(".stage-qr-url")).hasText(Pattern.compile("^localhost:\\d+/events/" + night.eventId() + "/qa$"));
            problems.addAll(check(stage, "before-start", true));
            // The founder's phone shows the same state (it may scroll: a phone can).
            try (BrowserContext phone = phone(new Browser.NewContextOptions().setBypassCSP(true))) {
                Page presenter = phone.newPage();
                presenter.navigate(stageUrl + "/presenter");
                assertThat(presenter.locator(".stage-company")).hasText("Palo Alto Pitch Night");
                assertThat(presenter.locator(".stage-clock")).hasText("in 14 days");
                assertThat(presenter.locator(".stage-run li")).hasCount(3);
                screenshot(presenter, "stage-presenter-before-start-phone.png");
                Axe.run(presenter, Axe.WCAG_AAA).stream().filter(v -> v.seriousOrCritical() || v.id().equals("color-contrast-enhanced"))
                        .forEach(v -> problems.add("presenter-before-start: axe " + v));
            }

            as("olivia").post(api + "start").then().statusCode(200);
            stage.reload();
            assertThat(stage.locator(".stage-phase")).containsText("Pitch");
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "normal");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("[45]:[0-5]\\d"));
            problems.addAll(check(stage, "pitch", true));

            data.shift(night.eventId(), Duration.ofSeconds(245));
            stage.reload();
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "warning");
            problems.addAll(check(stage, "last-minute", true));

            // Over time the clock flashes; with reduced motion it holds still, so axe sees it every time it looks.
            data.shift(night.eventId(), Duration.ofSeconds(70));
            stage.reload();
            assertThat(stage.locator(".stage-clock")).hasAttribute("data-state", "over");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("-0:[0-5]\\d"));
            stage.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
            problems.addAll(check(stage, "over-time", true));
            stage.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.NO_PREFERENCE));

            for (String[] asked : new String[][] {{"alice", "How do the robots learn a new kitchen?"},
                    {"bob", "Who are your first customers, and what do they pay per month for a robot?"},
                    // As long as a question may be (280): the stage cuts it after three lines rather than run off the screen.
                    {"alice", "What happens when a robot drops a plate in the middle of a busy Friday night service, who pays for"
                            + " the plate and the lost time, how quickly does the robot learn not to do it again, and does the"
                            + " kitchen staff have to stop and help it or can they just keep cooking as usual?"}}) {
                as(asked[0]).body("{\"text\":\"" + asked[1] + "\"}").post("/api/slots/" + night.acmeSlot() + "/questions")
                        .then().statusCode(201);
            }
            long pinned = ((Number) as("bob").body("{\"text\":\"Can I see one working tonight?\"}")
                    .post("/api/slots/" + night.acmeSlot() + "/questions").then().statusCode(201).extract().path("id")).longValue();
            as("olivia").body("{\"action\":\"pin\"}").post("/api/questions/" + pinned + "/moderation").then().statusCode(200);
            as("olivia").post(api + "qa").then().statusCode(200);
            stage.reload();
            assertThat(stage.locator(".stage-phase")).containsText("Questions");
            assertThat(stage.locator(".stage-pinned")).containsText("Can I see one working tonight?");
            assertThat(stage.locator(".stage-question-list li")).hasCount(3);
            problems.addAll(check(stage, "qa", true));
            // Smaller and squarer projectors: the questions still fit beside a clock the back row can read.
            for (int[] size : new int[][] {{1280, 720}, {1024, 768}}) {
                stage.setViewportSize(size[0], size[1]);
                problems.addAll(check(stage, "qa-" + size[0] + "x" + size[1], true));
            }
            stage.setViewportSize(1920, 1080);

            stage.navigate(stageUrl + "/presenter");
            assertThat(stage.locator(".stage-question-list li")).hasCount(3);
            problems.addAll(check(stage, "presenter-qa", false));

            // The checks can fail: grey text with 5.6:1 passes AA but not AAA, and both checks say so.
            stage.evaluate("() => { const p = document.createElement('p'); p.textContent = 'A grey line';"
                    + " p.style.color = '#8a8a8a'; document.querySelector('.stage').append(p); }");
            assertThat(Axe.run(stage, Axe.WCAG_AAA)).extracting(Axe.Violation::id).containsExactly("color-contrast-enhanced");
            assertThat(Axe.run(stage, Axe.WCAG_AA)).isEmpty();
            assertThat(stage.evaluate(TEXT_UNDER_7_TO_1).toString()).contains("A grey line");
        }
        assertThat(problems).as("the stage view, as the back row sees it").isEmpty();
    }

    /**
     * The stage runs the room between the pitches too: the break counts down to what comes next,
     * between items it says who is up next, the award shows its QR code and progress and then the
     * result, and the end thanks the room and shows the way to networking. Every state passes the
     * same back-row checks, and the presenter's phone shows the same state.
     */
    @Test
    void theStageRunsTheRoomFromTheBreakToNetworking() {
        LiveData.Night night = data.night();
        String api = "/api/events/" + night.eventId() + "/live/";
        String key = as("olivia").get(api + "stage").then().statusCode(200).extract().path("stageKey");
        String stageUrl = home + "stage/" + key;
        List<String> problems = new ArrayList<>();
        HtmlValidate markup = new HtmlValidate();

        try (BrowserContext projector = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1920, 1080).setBypassCSP(true))) {
            Page stage = projector.newPage();
            // Before the start, too: the stage's markup in every state passes html-validate.
            markup.add("before-start", RestAssured.get("/stage/" + key).asString());
            markup.add("presenter-before-start", RestAssured.get("/stage/" + key + "/presenter").asString());
            as("olivia").post(api + "start").then().statusCode(200);
            as("olivia").post(api + "next").then().statusCode(200);
            as("olivia").post(api + "start").then().statusCode(200);
            stage.navigate(stageUrl);
            assertThat(stage.locator(".stage-company")).hasText("Break");
            assertThat(stage.locator(".stage-clock")).hasText(Pattern.compile("1[45]:[0-5]\\d"));
            assertThat(stage.locator(".stage-next")).hasText("Next up: Bolt Energy");
            markup.add("break", RestAssured.get("/stage/" + key).asString());
            problems.addAll(check(stage, "break", true));

            as("olivia").post(api + "next").then().statusCode(200);
            stage.reload();
            assertThat(stage.locator(".stage-phase")).hasText("Next up");
            assertThat(stage.locator(".stage-company")).hasText("Bolt Energy");
            assertThat(stage.locator(".stage-oneliner")).not().isEmpty();
            assertThat(stage.locator(".stage-qr-url")).containsText("/events/" + night.eventId() + "/qa");
            markup.add("between", RestAssured.get("/stage/" + key).asString());
            problems.addAll(check(stage, "between", false));
            stage.navigate(stageUrl + "/presenter");
            assertThat(stage.locator(".stage-company")).hasText("Bolt Energy");
            problems.addAll(check(stage, "presenter-between", false));

            as("olivia").post(api + "start").then().statusCode(200);
            as("olivia").post(api + "next").then().statusCode(200);
            as("olivia").post(api + "award-open").then().statusCode(200);
            String vote = "/api/events/" + night.eventId() + "/award/vote";
            as("alice").body("{\"pitchId\":" + night.boltPitch() + "}").post(vote).then().statusCode(200);
            as("bob").body("{\"pitchId\":" + night.boltPitch() + "}").post(vote).then().statusCode(200);
            stage.navigate(stageUrl);
            assertThat(stage.locator(".stage-award-progress")).hasText("2 votes so far");
            assertThat(stage.locator(".stage-qr-url")).containsText("/events/" + night.eventId() + "/qa");
            markup.add("award-open", RestAssured.get("/stage/" + key).asString());
            problems.addAll(check(stage, "award-open", false));

            as("olivia").post(api + "award-reveal").then().statusCode(200);
            stage.reload();
            assertThat(stage.locator(".award-results li").first()).containsText("Bolt Energy");
            assertThat(stage.locator(".stage-company")).hasText("Thank you, that was the night!");
            assertThat(stage.locator(".stage-qr-url")).containsText("/events/" + night.eventId() + "/network");
            markup.add("reveal-and-thanks", RestAssured.get("/stage/" + key).asString());
            problems.addAll(check(stage, "reveal-and-thanks", false));
            stage.navigate(stageUrl + "/presenter");
            assertThat(stage.locator(".stage-qr-url")).containsText("/events/" + night.eventId() + "/network");
            problems.addAll(check(stage, "presenter-end", false));
            markup.add("presenter-end", RestAssured.get("/stage/" + key + "/presenter").asString());
        }
        assertThat(problems).as("the stage view, as the back row sees it").isEmpty();
        assertThat(markup.errors()).as("html-validate on the stage in each state").isEmpty();
    }

    /** Everything the back row needs from the page as it is now; a screenshot of it into target/screenshots. */
    private static List<String> check(Page stage, String state, boolean countdown) {
        screenshot(stage, "stage-" + state + ".png");
        List<String> problems = new ArrayList<>();
        List<Axe.Violation> found = Axe.run(stage, Axe.WCAG_AAA);
        for (Axe.Violation v : found) {
            if (v.seriousOrCritical() || v.id().equals("color-contrast-enhanced")) {
                problems.add(state + ": axe " + v);
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> faint = (List<Map<String, Object>>) stage.evaluate(TEXT_UNDER_7_TO_1);
        faint.forEach(text -> problems.add(state + ": under 7:1 " + text));
        @SuppressWarnings("unchecked")
        Map<String, Object> screen = (Map<String, Object>) stage.evaluate(SCREEN);
        if (((Number) screen.get("scrollHeight")).doubleValue() > ((Number) screen.get("height")).doubleValue() + 1) {
            problems.add(state + ": does not fit on the screen " + screen);
        }
        if (countdown) {
            double size = ((Number) screen.get("clockPx")).doubleValue();
            double needed = Math.max(96, 0.10 * ((Number) screen.get("height")).doubleValue());
            if (size < needed) {
                problems.add(state + ": countdown " + size + " px, needs " + needed);
            }
        }
        return problems;
    }

    /** Every element on the stage that shows text, whose colour has less than 7:1 to the stage's background. */
    private static final String TEXT_UNDER_7_TO_1 = """
            () => {
              const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
              const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                                 return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
              const background = el => { for (let p = el; p; p = p.parentElement) {
                  const c = rgb(getComputedStyle(p).backgroundColor);
                  if (c.length === 3 || c[3] > 0.5) return c; }
                return [255, 255, 255]; };
              const faint = [];
              for (const el of document.querySelectorAll('.stage *')) {
                const text = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
                if (!text) continue;
                const s = getComputedStyle(el);
                // A faded element (the paused clock) shows its colour mixed with the background.
                let fade = 1;
                for (let p = el; p; p = p.parentElement) fade *= parseFloat(getComputedStyle(p).opacity);
                const bg = background(el), fg = rgb(s.color).slice(0, 3).map((v, i) => v * fade + bg[i] * (1 - fade));
                const a = lum(fg), b = lum(bg);
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                if (ratio < 7) faint.push({ text: text.slice(0, 40), color: s.color, ratio: Math.round(ratio * 100) / 100 });
              }
              return faint;
            }""";

    private static final String SCREEN = """
            () => ({ height: innerHeight, width: innerWidth, scrollHeight: document.documentElement.scrollHeight,
                     clockPx: parseFloat(getComputedStyle(document.querySelector('.stage-clock')).fontSize) })""";
}
