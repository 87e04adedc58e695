package dev.pitchnight.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.pitchnight.notify.MailTopic;
import dev.pitchnight.notify.UnsubscribeLinks;
import dev.pitchnight.picture.TestPictures;
import dev.pitchnight.support.Axe;
import dev.pitchnight.support.BrowserJourney;
import dev.pitchnight.support.HtmlValidate;
import dev.pitchnight.support.Keycloak;
import dev.pitchnight.support.MatrixData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * axe-core (from npm, fetched by bin/test) on the main pages, as each kind of person sees them,
 * in headless Chromium at phone size: no serious or critical WCAG 2.x A/AA violation. People
 * are signed in with a bearer token on every request (the app accepts one on pages, too), so
 * the check needs no trip through Keycloak's login page. The projector's stage view in each of
 * its states, at AAA contrast, is {@link StageProjectorTest}'s. The same pages' HTML, as the server
 * sent it, also passes html-validate (from npm, fetched by bin/test) with the recommended rules
 * and the few that {@code .htmlvalidate.json} turns off, each with its reason: 0 errors.
 */
@QuarkusTest
class AccessibilityTest extends BrowserJourney {

    @Inject
    MatrixData world;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @Test
    void mainPagesHaveNoSeriousOrCriticalViolationsForAnyone() {
        Map<String, String> ids = world.night();
        String night = "/events/" + ids.get("id");
        String stage = "/stage/" + ids.get("key");
        // A cover and a logo, so the pictures' markup (alt texts, the upload and remove forms) is checked too.
        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType("image/jpeg").body(TestPictures.picture("jpg", 1200, 700))
                .put("/api/events/" + ids.get("id") + "/cover").then().statusCode(200);
        given().auth().oauth2(Keycloak.accessToken("olivia")).contentType("image/png").body(TestPictures.transparentLogo(300))
                .put("/api/groups/svnewtech/logo").then().statusCode(200);
        // The night is running (sam's slot on stage, one question asked): the live pages show it all.
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("anonymous", List.of("/", night, "/groups/svnewtech", "/no/such/page", night + "/qa", stage, stage + "/presenter",
                "/groups", "/?q=matrix", "/privacy",
                "/unsubscribe/" + unsubscribeLinks.token("alice", MailTopic.REMINDERS)));
        pages.put("alice", List.of("/", night, "/account", night + "/ticket", night + "/network", "/contacts", night + "/qa", "/account/privacy",
                "/account/notifications"));
        pages.put("sam", List.of("/pitches/mine", night + "/pitches/new", "/pitches/" + ids.get("pitchId") + "/edit",
                "/pitches/" + ids.get("pitchId") + "/report"));
        pages.put("olivia", List.of(night + "/attendees", night + "/edit", "/groups/svnewtech/events/new", night + "/review",
                night + "/agenda", night + "/checkin", night + "/attendance", "/groups/svnewtech/attendance", night + "/live",
                night + "/qa", night + "/reports", night + "/copy", "/groups/svnewtech/edit", "/groups/svnewtech/access",
                night + "/messages"));
        pages.put("bob", List.of("/groups/new"));
        pages.put("admin", List.of("/admin"));

        List<String> violations = new ArrayList<>();
        Map<String, Integer> impacts = new TreeMap<>();
        int checked = 0;
        HtmlValidate markup = new HtmlValidate();
        for (Map.Entry<String, List<String>> person : pages.entrySet()) {
            Browser.NewContextOptions options = new Browser.NewContextOptions().setBypassCSP(true);
            if (!person.getKey().equals("anonymous")) {
                options.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Keycloak.accessToken(person.getKey())));
            }
            try (BrowserContext context = phone(options)) {
                Page page = context.newPage();
                for (String path : person.getValue()) {
                    Response response = page.navigate(home.toString().replaceAll("/$", "") + path);
                    assertThat(response.status()).as("%s as %s", path, person.getKey()).isIn(200, 404);
                    checked++;
                    markup.add(person.getKey() + " " + path, response.text());
                    for (Axe.Violation v : Axe.run(page, Axe.WCAG_AA)) {
                        impacts.merge(v.impact(), 1, Integer::sum);
                        if (v.seriousOrCritical()) {
                            violations.add(person.getKey() + " " + path + ": " + v);
                        }
                    }
                }
            }
        }
        System.out.println("AXE pages=" + checked + " serious_or_critical=" + violations.size() + " by impact " + impacts);
        assertThat(checked).isEqualTo(41);
        assertThat(violations).as("serious or critical axe violations on %d pages", checked).isEmpty();
        List<HtmlValidate.Finding> errors = markup.errors();
        System.out.println("HTML-VALIDATE pages=" + markup.size() + " errors=" + errors.size());
        assertThat(markup.size()).isEqualTo(checked);
        assertThat(errors).as("html-validate errors on %d pages", markup.size()).isEmpty();
    }
}
